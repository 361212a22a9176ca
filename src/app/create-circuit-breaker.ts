/** closed: calls go ahead; open: calls fail at once; half_open: one probe call decides. */
export type TCircuitState = 'closed' | 'open' | 'half_open';

/** What /readyz and the logs show of a breaker. */
export type TCircuitSnapshot = {
  /** e.g. `openai:gpt-4o wording`. */
  name: string;
  state: TCircuitState;
  consecutiveFailures: number;
  lastFailure: string | null;
  /** When an open breaker lets a probe through (ISO 8601), null otherwise. */
  probeAt: string | null;
};

export type TCircuitBreaker = {
  readonly name: string;
  /**
   * Whether a call may go ahead now: always when closed; when open, not until the cool-down has
   * passed, then one probe (half-open); while the probe runs, no other call.
   */
  tryAcquire(): boolean;
  recordSuccess(): void;
  recordFailure(reason: string): void;
  snapshot(): TCircuitSnapshot;
};

export type TCreateCircuitBreakerOptions = {
  name: string;
  /** Consecutive failures that open the breaker (default 3). */
  failureThreshold?: number;
  /** How long it stays open before a probe (default 30 s). */
  coolDownMs?: number;
  /** The clock, in milliseconds. */
  now: () => number;
  /** Told of every change of state, with why: for the log. */
  onChange?: (snapshot: TCircuitSnapshot) => void;
};

/**
 * A circuit breaker for one model and one use (wording, judgement): after `failureThreshold`
 * failures in a row it opens, so callers skip the model at once (the rules word the question, the
 * evaluation waits for its retry) instead of waiting for it to time out; after `coolDownMs` one
 * probe goes through, and its outcome closes or reopens it. A probe that never reports back lets
 * another through after a further cool-down. No I/O: the clock is passed in.
 */
export function createCircuitBreaker(options: TCreateCircuitBreakerOptions): TCircuitBreaker {
  const threshold = Math.max(1, options.failureThreshold ?? 3);
  const coolDownMs = options.coolDownMs ?? 30_000;
  let state: TCircuitState = 'closed';
  let failures = 0;
  let lastFailure: string | null = null;
  /** When the breaker opened, or when the probe in flight started. */
  let since = 0;

  function snapshot(): TCircuitSnapshot {
    return {
      name: options.name,
      state,
      consecutiveFailures: failures,
      lastFailure,
      probeAt: state === 'closed' ? null : new Date(since + coolDownMs).toISOString(),
    };
  }

  function change(next: TCircuitState) {
    if (next === state) return;
    state = next;
    options.onChange?.(snapshot());
  }

  return {
    name: options.name,
    tryAcquire() {
      if (state === 'closed') return true;
      if (options.now() < since + coolDownMs) return false;
      // The cool-down passed (or the last probe never reported back): one probe now.
      since = options.now();
      change('half_open');
      return true;
    },
    recordSuccess() {
      failures = 0;
      change('closed');
    },
    recordFailure(reason) {
      failures++;
      lastFailure = reason;
      if (state === 'half_open' || (state === 'closed' && failures >= threshold)) {
        since = options.now();
        if (state === 'half_open') {
          // Reopened: a new cool-down, reported as a change though the state name repeats.
          state = 'open';
          options.onChange?.(snapshot());
        } else {
          change('open');
        }
      }
    },
    snapshot,
  };
}
