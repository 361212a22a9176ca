/** The first retry waits about this long; each later one twice as long as the one before. */
export const WEBHOOK_RETRY_BASE_MS = 30_000;
/** No retry waits longer than this. */
export const WEBHOOK_RETRY_CAP_MS = 6 * 60 * 60_000;

/**
 * How long a failed delivery waits before its next attempt: exponential backoff (30 s, 1 min,
 * 2 min, … up to 6 hours) with jitter, so deliveries that failed together do not all retry at the
 * same moment. `attempts` is how many attempts were made so far (1 after the first); `random` is a
 * number in [0, 1) from the caller: the wait is between half and all of the backoff.
 */
export function webhookRetryDelay(attempts: number, random: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const backoff = Math.min(WEBHOOK_RETRY_CAP_MS, WEBHOOK_RETRY_BASE_MS * 2 ** exponent);
  const share = 0.5 + 0.5 * Math.min(Math.max(random, 0), 1);
  return Math.round(backoff * share);
}
