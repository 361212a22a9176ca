import { describe, expect, it } from 'vitest';
import { WEBHOOK_RETRY_CAP_MS, webhookRetryDelay } from './webhook-retry-delay.js';

describe('webhookRetryDelay', () => {
  it('doubles with every attempt, from 30 seconds', () => {
    expect([1, 2, 3, 4].map((attempts) => webhookRetryDelay(attempts, 1))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
  });

  it('keeps between half and all of the backoff, as the random number says', () => {
    expect(webhookRetryDelay(3, 0)).toBe(60_000);
    expect(webhookRetryDelay(3, 0.5)).toBe(90_000);
    expect(webhookRetryDelay(3, 0.999)).toBeLessThanOrEqual(120_000);
    expect(webhookRetryDelay(3, -4)).toBe(60_000);
  });

  it('never waits more than six hours', () => {
    expect(webhookRetryDelay(20, 1)).toBe(WEBHOOK_RETRY_CAP_MS);
    expect(webhookRetryDelay(10_000, 1)).toBe(WEBHOOK_RETRY_CAP_MS);
  });
});
