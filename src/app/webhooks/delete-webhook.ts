import type { TActor, TWebContext } from '../web/web-context.js';
import { findWebhookRow } from './find-webhook-row.js';

/** Deletes a webhook and its delivery log; nothing more is sent to it. Errors: CandorError 'forbidden', 'not_found'. */
export async function deleteWebhook(context: TWebContext, actor: TActor, webhookId: string): Promise<void> {
  const row = await findWebhookRow(context, actor, webhookId);
  await context.db.transaction().execute(async (transaction) => {
    await transaction.deleteFrom('webhook_deliveries').where('subscription_id', '=', row.id).execute();
    await transaction.deleteFrom('webhook_subscriptions').where('id', '=', row.id).execute();
  });
}
