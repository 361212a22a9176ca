import type { TVerdict } from '../evaluation.js';
import type { TAnswerSignals } from './signals.js';

/**
 * The rubric's verdict from an answer's signals.
 * - non_answer: nothing to assess (empty, "I don't know", a skip).
 * - strong: addresses what was asked, concretely (specificity ≥ 0.5) with an own example or measured result.
 * - adequate: addresses what was asked with some concrete content, or is relevant and concrete
 *   though it missed part of the request.
 * - weak: everything else — general statements, vague or off-topic replies.
 */
export function rateAnswer(signals: TAnswerSignals): TVerdict {
  if (signals.isNonAnswer) return 'non_answer';
  if (
    signals.addressesQuestion &&
    signals.specificity >= 0.5 &&
    (signals.gaveExample || signals.quantified)
  ) {
    return 'strong';
  }
  if (signals.addressesQuestion && signals.specificity >= 0.25) return 'adequate';
  if (signals.relevance >= 0.34 && signals.specificity >= 0.45) return 'adequate';
  return 'weak';
}

export const VERDICT_POINTS: Record<TVerdict, number> = { non_answer: 0, weak: 1, adequate: 2, strong: 3 };
