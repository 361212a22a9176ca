import { createHash } from 'node:crypto';

/**
 * The SHA-256 (hex) stored in place of a token (session, API, link, invitation). Tokens carry
 * 128 bits or more of randomness, so a fast hash is enough: what is stored cannot be used.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
