import { createHmac } from 'node:crypto';

/**
 * The `Candor-Signature` header of a webhook: `t=<unix seconds>,v1=<hex>`, where v1 is
 * HMAC-SHA256 of `${t}.${body}` keyed with the webhook's secret (the whole `whsec_…` string).
 * A receiver recomputes it over the raw body, compares in constant time and rejects old timestamps.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
