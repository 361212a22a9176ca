import type { TWebhookDelivery } from '../../contract/webhook-schemas.js';
import { repositoriesOf } from '../web/repositories-of.js';
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
  const rows = await repositoriesOf(context).webhooks.listDeliveries(webhook.id, 50);
  return rows.map(toWebhookDelivery);
}
