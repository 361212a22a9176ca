import type { TWebhook } from '../../contract/webhook-schemas.js';
import { ZWebhookEvent } from '../../core/webhooks/webhook-events.js';
import { requireRole } from '../web/require-role.js';
import type { TActor, TWebContext } from '../web/web-context.js';

/** The organisation's webhooks, oldest first, each with its latest delivery's status (admins and the owner). */
export async function listWebhooks(context: TWebContext, actor: TActor): Promise<TWebhook[]> {
  requireRole(actor, ['owner', 'admin'], 'manage webhooks');
  const rows = await context.db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('organisation_id', '=', actor.organisationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const webhooks: TWebhook[] = [];
  for (const row of rows) {
    const last = await context.db
      .selectFrom('webhook_deliveries')
      .select('status')
      .where('subscription_id', '=', row.id)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    webhooks.push({
      id: row.id,
      url: row.url,
      events: row.events.split(' ').flatMap((event) => {
        const parsed = ZWebhookEvent.safeParse(event);
        return parsed.success ? [parsed.data] : [];
      }),
      createdAt: row.created_at,
      createdBy: row.created_by_name,
      lastDeliveryStatus: last?.status ?? null,
    });
  }
  return webhooks;
}
