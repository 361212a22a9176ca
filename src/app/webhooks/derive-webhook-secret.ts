import { createHmac } from 'node:crypto';

/**
 * A webhook's signing secret: HMAC-SHA256 of the subscription and its random nonce under the
 * server secret, `whsec_` and 43 base64url characters. Only the nonce is stored, so the secret is
 * shown once when the webhook is created and a copied database signs nothing.
 */
export function deriveWebhookSecret(serverSecret: Uint8Array, subscriptionId: string, nonce: string): string {
  const mac = createHmac('sha256', serverSecret)
    .update(`webhook-secret\0${subscriptionId}\0${nonce}`)
    .digest();
  return `whsec_${mac.toString('base64url')}`;
}
