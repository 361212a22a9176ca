import type { TVerdict } from '../evaluation.js';
import type { TAnswerSignals } from './signals.js';

/** Concreteness at which an answer that gives what was asked is strong, and adequate. */
export const STRONG_CONCRETENESS = 7;
export const ADEQUATE_CONCRETENESS = 2;

export type TVerdictReason =
  | 'no_content'
  | 'denies'
  | 'handed_off'
  | 'no_result_when_asked'
  | 'no_example_when_asked'
  | 'hedged_hypothetical'
  | 'limited'
  | 'concrete'
  | 'some_concrete'
  | 'general'
  | 'thin';

export const VERDICT_POINTS: Record<TVerdict, number> = { non_answer: 0, weak: 1, adequate: 2, strong: 3 };

/**
 * The rubric's verdict from an answer's reading, with the rule that decided it.
 * - non_answer: nothing to assess (empty, "I don't know", a skip).
 * - weak: the answer denies the experience asked about ("Honestly, no"), hands the work to
 *   someone else ("my manager decided that"), gives no result when a result was asked for, no
 *   example when one was asked for, or stays general however fluent.
 * - adequate: some concrete content of the candidate's own; a limited yes ("only on my own projects").
 * - strong: rich concrete content — measured quantities, results, named terms of the trade, the
 *   candidate's own actions — that gives what was asked.
 *
 * @example
 *   rateVerdict({ ...signals, stance: 'negative' }).verdict       // 'weak' ("havent really done GANs tbh")
 *   rateVerdict({ ...signals, concreteness: 12 }).verdict         // 'strong' (terse but precise)
 *   rateVerdict({ ...signals, deflections: ['my manager decided'], firstPersonActions: [] }).verdict // 'weak'
 */
export function rateVerdict(signals: TAnswerSignals): { verdict: TVerdict; reason: TVerdictReason } {
  if (signals.isNonAnswer) return { verdict: 'non_answer', reason: 'no_content' };
  if (signals.stance === 'negative') return { verdict: 'weak', reason: 'denies' };
  if (signals.deflections.length > 0 && signals.firstPersonActions.length <= 2 * signals.deflections.length) {
    return { verdict: 'weak', reason: 'handed_off' };
  }
  if (signals.askedToQuantify && !signals.quantified)
    return { verdict: 'weak', reason: 'no_result_when_asked' };
  if (signals.askedForExample && !signals.gaveExample && signals.numbers.length === 0) {
    return { verdict: 'weak', reason: 'no_example_when_asked' };
  }
  // General statements with nothing of the candidate's own: no figure, no name, no action of theirs.
  if (
    signals.numbers.length === 0 &&
    signals.tools.length <= 1 &&
    signals.firstPersonActions.length === 0 &&
    !signals.isConfirmation
  ) {
    return { verdict: 'weak', reason: 'general' };
  }
  if (signals.hedges.length >= 2 && signals.concreteness < STRONG_CONCRETENESS) {
    return { verdict: 'weak', reason: 'hedged_hypothetical' };
  }
  const cap: TVerdict =
    signals.stance === 'limited' || signals.askedForContext || signals.askedHypothetically
      ? 'adequate'
      : 'strong';
  if (signals.concreteness >= STRONG_CONCRETENESS) {
    return cap === 'strong'
      ? { verdict: 'strong', reason: 'concrete' }
      : { verdict: 'adequate', reason: 'limited' };
  }
  if (signals.concreteness >= ADEQUATE_CONCRETENESS || signals.isConfirmation)
    return { verdict: 'adequate', reason: 'some_concrete' };
  return { verdict: 'weak', reason: 'thin' };
}

export function rateAnswer(signals: TAnswerSignals): TVerdict {
  return rateVerdict(signals).verdict;
}
