import { describe, expect, it } from 'vitest';
import { CandorError } from '../core/candor-error.js';
import { createRateLimiter } from './create-rate-limiter.js';
import { takeRateLimit } from './rate-limit.js';

function messageOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    if (CandorError.isInstance(error)) return error.message;
    throw error;
  }
  return 'allowed';
}

describe('takeRateLimit', () => {
  it('says when to try again, in seconds with the right plural', () => {
    let now = 0;
    // 60 a minute: one a second once the bucket of one is empty.
    const limiter = createRateLimiter({ capacity: 1, perMinute: 60 }, () => now);
    expect(messageOf(() => takeRateLimit(limiter, ['a']))).toBe('allowed');
    expect(messageOf(() => takeRateLimit(limiter, ['a']))).toBe('Too many attempts. Try again in 1 second.');
    const slow = createRateLimiter({ capacity: 1, perMinute: 6 }, () => now);
    takeRateLimit(slow, ['b']);
    expect(messageOf(() => takeRateLimit(slow, ['b']))).toBe('Too many attempts. Try again in 10 seconds.');
    now = 10_000;
    expect(messageOf(() => takeRateLimit(slow, ['b']))).toBe('allowed');
  });
});
