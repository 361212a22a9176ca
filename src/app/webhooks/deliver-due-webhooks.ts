import { parseWebhookAllowList } from '../../adapters/webhooks/parse-webhook-allow-list.js';
import { postWebhook } from '../../adapters/webhooks/post-webhook.js';
import { webhookRetryDelay } from '../../core/webhooks/webhook-retry-delay.js';
import { repositoriesOf } from '../web/repositories-of.js';
import type { TWebContext } from '../web/web-context.js';
import { deriveWebhookSecret } from './derive-webhook-secret.js';
import { signWebhook } from './sign-webhook.js';

export type TDeliveredWebhook = {
  deliveryId: string;
  event: string;
  status: 'succeeded' | 'pending' | 'failed' | undefined;
  responseStatus: number | null;
  error: string | null;
};

/**
 * One turn of the delivery loop: takes every due delivery in turn (a claim, so several loops share
 * the queue), signs its body with the subscription's secret and the current time, POSTs it to the
 * checked address, and records the outcome: delivered, retried later with exponential backoff and
 * jitter, or failed once its attempts are used up (or its loop died during the last one).
 * Resolves to what happened to each.
 */
export async function deliverDueWebhooks(
  context: TWebContext,
  options: { workerId: string; isStopped?: () => boolean },
): Promise<TDeliveredWebhook[]> {
  const settings = context.webhooks;
  const allowList = settings?.allowList ?? parseWebhookAllowList(undefined);
  const random = settings?.random ?? Math.random;
  const done: TDeliveredWebhook[] = [];
  const webhooks = repositoriesOf(context).webhooks;
  await webhooks.failAbandoned(context.now());
  while (options.isStopped?.() !== true) {
    const delivery = await webhooks.claimDelivery({ workerId: options.workerId, now: context.now() });
    if (delivery === undefined) break;
    const subscription = await webhooks.findSubscription(delivery.organisation_id, delivery.subscription_id);
    const result =
      subscription === undefined
        ? { status: null, durationMs: 0, error: 'The webhook was deleted' }
        : await postWebhook({
            url: subscription.url,
            body: delivery.payload,
            headers: {
              'content-type': 'application/json',
              'user-agent': 'Candor-Webhooks/1',
              'candor-event': delivery.event,
              'candor-event-id': delivery.event_id,
              'candor-delivery': delivery.id,
              'candor-signature': signWebhook(
                deriveWebhookSecret(context.secret, subscription.id, subscription.secret_nonce),
                Math.floor(context.now().getTime() / 1000),
                delivery.payload,
              ),
            },
            allowList,
            ...(settings?.resolve === undefined ? {} : { resolve: settings.resolve }),
            ...(settings?.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
          });
    const status = await webhooks.settleDelivery(delivery, {
      now: context.now(),
      responseStatus: result.status,
      durationMs: result.durationMs,
      error: result.error,
      retryAfterMs: webhookRetryDelay(delivery.attempts, random()),
    });
    done.push({
      deliveryId: delivery.id,
      event: delivery.event,
      status,
      responseStatus: result.status,
      error: result.error,
    });
  }
  return done;
}
