import type { TWebhookDelivery } from '../../contract/webhook-schemas.js';
import type { TActor, TWebContext } from '../web/web-context.js';
import { findWebhookRow } from './find-webhook-row.js';
import { toWebhookDelivery } from './to-webhook-delivery.js';

/** A webhook's delivery log, newest first (the latest 50). Errors: CandorError 'forbidden', 'not_found'. */
export async function listWebhookDeliveries(
  context: TWebContext,
  actor: TActor,
  webhookId: string,
): Promise<TWebhookDelivery[]> {
  const webhook = await findWebhookRow(context, actor, webhookId);
  const rows = await context.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('subscription_id', '=', webhook.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  return rows.map(toWebhookDelivery);
}
