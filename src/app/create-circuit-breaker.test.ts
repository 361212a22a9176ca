import { describe, expect, it } from 'vitest';
import { createCircuitBreaker, type TCircuitSnapshot } from './create-circuit-breaker.js';

function setUp() {
  let time = 1_000_000;
  const changes: TCircuitSnapshot[] = [];
  const breaker = createCircuitBreaker({
    name: 'scripted wording',
    failureThreshold: 3,
    coolDownMs: 10_000,
    now: () => time,
    onChange: (snapshot) => changes.push(snapshot),
  });
  return { breaker, changes, advance: (ms: number) => (time += ms) };
}

describe('createCircuitBreaker', () => {
  it('opens after the threshold of failures in a row, and a success in between resets the count', () => {
    const { breaker, changes } = setUp();
    breaker.recordFailure('HTTP 503');
    breaker.recordFailure('HTTP 503');
    breaker.recordSuccess();
    breaker.recordFailure('timeout');
    breaker.recordFailure('timeout');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.snapshot().state).toBe('closed');
    breaker.recordFailure('timeout');
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.snapshot()).toMatchObject({
      state: 'open',
      consecutiveFailures: 3,
      lastFailure: 'timeout',
    });
    expect(changes.map((change) => change.state)).toEqual(['open']);
  });

  it('lets one probe through after the cool-down; its success closes, its failure reopens for another cool-down', () => {
    const { breaker, changes, advance } = setUp();
    for (let failure = 0; failure < 3; failure++) breaker.recordFailure('HTTP 500');
    advance(9_999);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.snapshot().state).toBe('half_open');
    // While the probe runs, nothing else goes through.
    expect(breaker.tryAcquire()).toBe(false);
    breaker.recordFailure('HTTP 500');
    expect(breaker.snapshot().state).toBe('open');
    advance(5_000);
    expect(breaker.tryAcquire()).toBe(false);
    advance(5_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordSuccess();
    expect(breaker.snapshot()).toMatchObject({ state: 'closed', consecutiveFailures: 0, probeAt: null });
    expect(breaker.tryAcquire()).toBe(true);
    expect(changes.map((change) => change.state)).toEqual([
      'open',
      'half_open',
      'open',
      'half_open',
      'closed',
    ]);
  });

  it('lets another probe through when one never reports back', () => {
    const { breaker, advance } = setUp();
    for (let failure = 0; failure < 3; failure++) breaker.recordFailure('HTTP 500');
    advance(10_000);
    expect(breaker.tryAcquire()).toBe(true);
    advance(9_000);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1_000);
    expect(breaker.tryAcquire()).toBe(true);
  });
});
