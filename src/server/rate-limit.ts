import { CandorError } from '../core/candor-error.js';
import type { TRateLimiter } from './create-rate-limiter.js';

/** Throws CandorError 'rate_limited' (429, with Retry-After) when any of the keys' buckets is empty. */
export function takeRateLimit(limiter: TRateLimiter | undefined, keys: readonly string[]): void {
  if (limiter === undefined) return;
  for (const key of keys) {
    const result = limiter.take(key);
    if (!result.isAllowed) {
      throw new CandorError(
        'rate_limited',
        `Too many attempts. Try again in ${result.retryAfterSeconds} ${result.retryAfterSeconds === 1 ? 'second' : 'seconds'}.`,
        {
          retryAfterSeconds: result.retryAfterSeconds,
        },
      );
    }
  }
}
