import type { TResolveHost } from '../../adapters/webhooks/check-webhook-target.js';
import type { TWebhookAllowList } from '../../adapters/webhooks/parse-webhook-allow-list.js';

/** How webhooks are delivered: where they may go, and the hidden inputs of the delivery loop. */
export type TWebhookSettings = {
  /** CANDOR_WEBHOOK_ALLOW, read: public addresses only by default. */
  allowList: TWebhookAllowList;
  /** Host name → addresses (default: the system resolver). */
  resolve?: TResolveHost;
  /** One request, connect to last byte (default 10 s). */
  timeoutMs?: number;
  /** Attempts before a delivery is marked failed (default 12: the last 7 to 15 hours after the first). */
  maxAttempts?: number;
  /** A number in [0, 1): the jitter of retry delays (default Math.random). */
  random?: () => number;
};

export const DEFAULT_WEBHOOK_MAX_ATTEMPTS = 12;
