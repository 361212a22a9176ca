import type { TWebhookDelivery } from '../../contract/webhook-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { repositoriesOf } from '../web/repositories-of.js';
import { requireRole } from '../web/require-role.js';
import type { TActor, TWebContext } from '../web/web-context.js';
import { pendingDeliveryFields } from './pending-delivery-fields.js';
import { toWebhookDelivery } from './to-webhook-delivery.js';

/**
 * Sends a delivered or failed event again: a new delivery with the same event id and body, due
 * now, with a fresh set of attempts (the old one stays in the log). Errors: CandorError
 * 'forbidden', 'not_found', 'conflict' while the delivery is still pending.
 */
export async function redeliverWebhook(
  context: TWebContext,
  actor: TActor,
  deliveryId: string,
): Promise<TWebhookDelivery> {
  requireRole(actor, ['owner', 'admin'], 'manage webhooks');
  const webhooks = repositoriesOf(context).webhooks;
  const original = await webhooks.findDelivery(actor.organisationId, deliveryId);
  if (original === undefined)
    throw new CandorError('not_found', `There is no webhook delivery ${deliveryId}.`);
  if (original.status === 'pending' || original.status === 'delivering') {
    throw new CandorError('conflict', 'This delivery is still being tried: wait for it to succeed or fail.');
  }
  const now = context.now().toISOString();
  const row = {
    ...original,
    id: context.newId(),
    ...pendingDeliveryFields(context, now),
  };
  await webhooks.insertDeliveries([row]);
  return toWebhookDelivery(row);
}
