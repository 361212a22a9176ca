import { describe, expect, it } from 'vitest';
import { createKeyedLock } from './create-keyed-lock.js';
import { createRateLimiter } from './create-rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows a burst of `capacity`, then refills at `perMinute`, per key', () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 3, perMinute: 6 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').isAllowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ isAllowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('b').isAllowed).toBe(true);
    now = 9_000;
    expect(limiter.take('a').isAllowed).toBe(false);
    now = 10_000;
    expect(limiter.take('a').isAllowed).toBe(true);
    expect(limiter.take('a').isAllowed).toBe(false);
    now = 1_000_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a').isAllowed)).toEqual([true, true, true, false]);
  });
});

describe('createKeyedLock', () => {
  it('runs calls with the same key one after another, other keys alongside', async () => {
    const lock = createKeyedLock();
    const order: string[] = [];
    let releaseFirst: () => void = () => {};
    const first = lock('a', async () => {
      order.push('a1 start');
      await new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      order.push('a1 end');
      return 1;
    });
    const second = lock('a', async () => {
      order.push('a2');
      return 2;
    });
    const other = lock('b', async () => {
      order.push('b');
      return 3;
    });
    expect(await other).toBe(3);
    expect(order).toEqual(['a1 start', 'b']);
    releaseFirst();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(order).toEqual(['a1 start', 'b', 'a1 end', 'a2']);
    // A failure does not block the next call.
    await expect(lock('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock('a', async () => 'after')).toBe('after');
  });
});
