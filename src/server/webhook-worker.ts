import { randomBytes } from 'node:crypto';
import type { TWebContext } from '../app/web/web-context.js';
import { deliverDueWebhooks, type TDeliveredWebhook } from '../app/webhooks/deliver-due-webhooks.js';

export type TWebhookWorkerOptions = {
  /** How often the delivery queue is checked (default 1000 ms). */
  intervalMs?: number;
  workerId?: string;
  /** False: no polling, only runOnce (tests drive it with their own clock). */
  isPolling?: boolean;
  log?: (message: string) => void;
};

export type TWebhookWorker = {
  /** Delivers every due webhook now; resolves to what happened to each. */
  runOnce(): Promise<TDeliveredWebhook[]>;
  /** Stops polling and waits for the delivery in hand. */
  stop(): Promise<void>;
};

/**
 * The webhook delivery loop: every interval, takes the due deliveries from the database queue
 * (several loops in several processes share it), sends them signed, and schedules retries. A
 * failure is logged with the webhook's event and the reason; it never stops the loop.
 */
export function startWebhookWorker(
  context: TWebContext,
  options: TWebhookWorkerOptions = {},
): TWebhookWorker {
  const workerId = options.workerId ?? `webhooks-${randomBytes(6).toString('hex')}`;
  const log = options.log ?? (() => {});
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<TDeliveredWebhook[]> = Promise.resolve([]);

  async function drain(): Promise<TDeliveredWebhook[]> {
    const delivered = await deliverDueWebhooks(context, { workerId, isStopped: () => isStopped });
    for (const item of delivered) {
      if (item.error !== null) {
        log(
          `Webhook ${item.event} delivery ${item.deliveryId} ${item.status ?? 'claim lost'}: ${item.error}`,
        );
      }
    }
    return delivered;
  }

  function runOnce(): Promise<TDeliveredWebhook[]> {
    running = running.catch(() => []).then(drain);
    return running;
  }

  function schedule() {
    if (isStopped || options.isPolling === false) return;
    timer = setTimeout(() => {
      runOnce()
        .catch((error: unknown) =>
          log(`Webhook worker: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(schedule);
    }, options.intervalMs ?? 1000);
    timer.unref?.();
  }
  schedule();

  return {
    runOnce,
    async stop() {
      isStopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running.catch(() => undefined);
    },
  };
}
