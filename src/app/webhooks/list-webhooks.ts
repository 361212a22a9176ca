import type { TWebhook } from '../../contract/webhook-schemas.js';
import { ZWebhookEvent } from '../../core/webhooks/webhook-events.js';
import { repositoriesOf } from '../web/repositories-of.js';
import { requireRole } from '../web/require-role.js';
import type { TActor, TWebContext } from '../web/web-context.js';

/** The organisation's webhooks, oldest first, each with its latest delivery's status (admins and the owner). */
export async function listWebhooks(context: TWebContext, actor: TActor): Promise<TWebhook[]> {
  requireRole(actor, ['owner', 'admin'], 'manage webhooks');
  const rows = await repositoriesOf(context).webhooks.listSubscriptions(actor.organisationId);
  return rows.map((row) => ({
    id: row.id,
    url: row.url,
    events: row.events.split(' ').flatMap((event) => {
      const parsed = ZWebhookEvent.safeParse(event);
      return parsed.success ? [parsed.data] : [];
    }),
    createdAt: row.created_at,
    createdBy: row.created_by_name,
    lastDeliveryStatus: row.last_delivery_status,
  }));
}
