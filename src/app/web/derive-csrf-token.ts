import { createHmac } from 'node:crypto';

/**
 * The CSRF token of a browser session: an HMAC of the session's token under the server secret.
 * A page of another site can neither read it nor compute it, so it proves a request came from
 * Candor's own pages (double-submit, without storing anything).
 */
export function deriveCsrfToken(secret: Uint8Array, sessionToken: string): string {
  return createHmac('sha256', secret).update(`csrf\0${sessionToken}`).digest('base64url');
}
