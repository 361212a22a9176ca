import { createHmac } from 'node:crypto';
import { toBase32 } from '../../adapters/storage/create-session-id.js';

/**
 * An interview link's token: HMAC-SHA256 of the candidate and a random nonce under the server
 * secret, 160 bits in base32. Only its SHA-256 is stored, with the nonce, so the recruiter can
 * see and copy the link again while a stolen database opens no interview.
 */
export function deriveLinkToken(secret: Uint8Array, candidateId: string, nonce: string): string {
  const mac = createHmac('sha256', secret).update(`interview-link\0${candidateId}\0${nonce}`).digest();
  return toBase32(mac.subarray(0, 20));
}
