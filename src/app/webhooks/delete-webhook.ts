import { repositoriesOf } from '../web/repositories-of.js';
import type { TActor, TWebContext } from '../web/web-context.js';
import { findWebhookRow } from './find-webhook-row.js';

/** Deletes a webhook and its delivery log; nothing more is sent to it. Errors: CandorError 'forbidden', 'not_found'. */
export async function deleteWebhook(context: TWebContext, actor: TActor, webhookId: string): Promise<void> {
  const row = await findWebhookRow(context, actor, webhookId);
  await repositoriesOf(context).transaction((within) => within.webhooks.deleteSubscription(row.id));
}
