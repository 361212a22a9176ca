/** A bucket holds `capacity` requests and refills `perMinute` of them a minute. */
export type TRateLimit = { capacity: number; perMinute: number };

export type TRateLimiter = {
  /** Takes one request from `key`'s bucket: allowed, or how many seconds until one is. */
  take(key: string): { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };
};

/** Buckets kept at most; full buckets are dropped first (they hold no information). */
const MAX_BUCKETS = 50_000;

/**
 * An in-memory token bucket per key (an address, an address and an email, a link token). Per
 * process: servers behind a load balancer each count on their own, which multiplies the limit by
 * the number of servers. `now` is in milliseconds.
 */
export function createRateLimiter(limit: TRateLimit, now: () => number = Date.now): TRateLimiter {
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  const refillPerMs = limit.perMinute / 60_000;

  function prune(at: number) {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (at - bucket.updatedAt) * refillPerMs >= limit.capacity) buckets.delete(key);
    }
    // Still full of busy buckets: forget the oldest (Map keeps insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size < MAX_BUCKETS) break;
      buckets.delete(key);
    }
  }

  return {
    take(key) {
      const at = now();
      const bucket = buckets.get(key) ?? { tokens: limit.capacity, updatedAt: at };
      const tokens = Math.min(limit.capacity, bucket.tokens + (at - bucket.updatedAt) * refillPerMs);
      if (tokens < 1) {
        buckets.set(key, { tokens, updatedAt: at });
        return {
          isAllowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000)),
        };
      }
      if (!buckets.has(key) && buckets.size >= MAX_BUCKETS) prune(at);
      buckets.set(key, { tokens: tokens - 1, updatedAt: at });
      return { isAllowed: true };
    },
  };
}
