import { WebError } from '../app/web/web-error.js';
import type { TRateLimiter } from './create-rate-limiter.js';

/** Throws WebError 'rate_limited' (429, with Retry-After) when any of the keys' buckets is empty. */
export function takeRateLimit(limiter: TRateLimiter | undefined, keys: readonly string[]): void {
  if (limiter === undefined) return;
  for (const key of keys) {
    const result = limiter.take(key);
    if (!result.isAllowed) {
      throw new WebError(
        'rate_limited',
        `Too many attempts. Try again in ${result.retryAfterSeconds} seconds.`,
        {
          retryAfterSeconds: result.retryAfterSeconds,
        },
      );
    }
  }
}
