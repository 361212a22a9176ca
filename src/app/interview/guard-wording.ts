import type { TCircuitBreaker } from '../create-circuit-breaker.js';
import type { TQuestionWording } from './question-wording.js';

/**
 * The wording behind a circuit breaker: while the model keeps failing (the breaker is open), a
 * question is refused at once, so the rules word it without waiting for the model to time out.
 * A request the caller aborted counts neither way.
 */
export function guardWording(wording: TQuestionWording, breaker: TCircuitBreaker): TQuestionWording {
  const prefix = `${wording.modelId} could not word the question: `;
  return {
    modelId: wording.modelId,
    async wordQuestion(request) {
      if (!breaker.tryAcquire()) {
        const { consecutiveFailures, lastFailure } = breaker.snapshot();
        throw new Error(
          `${prefix}skipped while it keeps failing (${consecutiveFailures} failures in a row, last: ${lastFailure ?? 'unknown'})`,
        );
      }
      try {
        const text = await wording.wordQuestion(request);
        breaker.recordSuccess();
        return text;
      } catch (error) {
        if (request.signal?.aborted !== true) {
          const message = error instanceof Error ? error.message : String(error);
          breaker.recordFailure(message.startsWith(prefix) ? message.slice(prefix.length) : message);
        }
        throw error;
      }
    },
  };
}
