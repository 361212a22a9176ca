import type {
  TPolicyDecision,
  TRecommendation,
  TRedFlag,
  TRequirementAssessment,
  TVerdict,
} from '../evaluation.js';
import { RECOMMENDATIONS } from '../evaluation.js';
import { VERDICT_POINTS } from '../signals/rate-answer.js';

/** The more cautious of two recommendations. */
export function mostCautious(a: TRecommendation, b: TRecommendation): TRecommendation {
  return RECOMMENDATIONS.indexOf(a) >= RECOMMENDATIONS.indexOf(b) ? a : b;
}

export type TRecommendationInput = {
  /** Verdicts of the assessed answers (closing questions excluded), in transcript order. */
  verdicts: readonly TVerdict[];
  /** For each assessed answer, the requirement ids it tested. */
  turnRequirements: readonly (readonly string[])[];
  /** For each assessed answer, whether the candidate chose to skip it (no evidence either way). */
  skipped: readonly boolean[];
  requirements: readonly TRequirementAssessment[];
  redFlags: readonly TRedFlag[];
};

export type TRecommendationDecision = {
  /** The best recommendation the signals allow, whoever judges (the bound on a model). */
  ceiling: TPolicyDecision;
  /** The rubric engine's own recommendation: the score-based level, bounded by the ceiling. */
  recommendation: TRecommendation;
  /** Why the rubric chose `recommendation`: the score-based level and any bound that lowered it. */
  reasons: string[];
};

/**
 * The recommendation policy (docs/recommendation-policy.md). Deterministic and documented:
 *
 * Ceiling (hard bounds, also applied to a model's judgement):
 * 1. A must-have probed in the interview whose answers include a non-answer and nothing better
 *    than weak → Do Not Recommend. A skipped question is no evidence either way and does not count.
 * 2. More than half of the answers are non-answers → Do Not Recommend.
 * 3. A high-severity red flag (a manipulation attempt; a resume discrepancy on a must-have) →
 *    at best Recommend with Reservations: flags are signals for a human, never a rejection alone.
 * 4. A medium red flag, or a must-have shown nowhere (a gap) → at best Recommend.
 *
 * Level (the rubric's own judgement), from the mean answer score (non-answer 0, weak 1,
 * adequate 2, strong 3; skipped questions left out) and the must-haves the interview assessed:
 * - Strongly Recommend: mean ≥ 2.5, no must-have gap, at least three quarters of the assessed must-haves met.
 * - Recommend: mean ≥ 2.2 and at most one must-have gap.
 * - Recommend with Reservations: mean ≥ 2.0 — on average at least adequate.
 * - Do Not Recommend: otherwise — an interview of weak answers, with or without non-answers.
 *
 * @example
 *   strong answers, every assessed must-have met          → Strongly Recommend
 *   adequate-to-strong answers, one must-have gap          → Recommend
 *   mostly weak answers, no non-answer, no red flag        → Do Not Recommend
 */
export function decideRecommendation(input: TRecommendationInput): TRecommendationDecision {
  const ceilingReasons: string[] = [];
  let ceiling: TRecommendation = 'Strongly Recommend';
  const lower = (to: TRecommendation, reason: string) => {
    ceiling = mostCautious(ceiling, to);
    ceilingReasons.push(`${reason} → at best ${to}.`);
  };

  const mustHaves = input.requirements.filter((requirement) => requirement.priority === 'must');
  for (const requirement of mustHaves) {
    const turns = input.turnRequirements.flatMap((ids, index) =>
      ids.includes(requirement.requirementId) && !input.skipped[index] ? [index] : [],
    );
    if (turns.length === 0) continue;
    const verdicts = turns.map((index) => input.verdicts[index]!);
    const hasNonAnswer = verdicts.includes('non_answer');
    const best = Math.max(...verdicts.map((verdict) => VERDICT_POINTS[verdict]));
    if (hasNonAnswer && best <= VERDICT_POINTS.weak) {
      lower(
        'Do Not Recommend',
        `Must-have ${requirement.requirementId} ("${requirement.requirement.replace(/[.;:\s]+$/, '')}") was probed in turn${turns.length > 1 ? 's' : ''} ${formatTurns(turns)}: it drew a non-answer and no answer on it was better than weak`,
      );
    }
  }

  const nonAnswers = input.verdicts.filter((verdict) => verdict === 'non_answer').length;
  if (input.verdicts.length > 0 && nonAnswers * 2 > input.verdicts.length) {
    lower('Do Not Recommend', `${nonAnswers} of ${input.verdicts.length} answers were non-answers`);
  }
  for (const flag of input.redFlags) {
    if (flag.severity === 'high')
      lower('Recommend with Reservations', `High-severity red flag (${flag.kind.replaceAll('_', ' ')})`);
    else if (flag.severity === 'medium')
      lower('Recommend', `Red flag for review (${flag.kind.replaceAll('_', ' ')})`);
  }
  const mustGaps = mustHaves.filter((requirement) => requirement.status === 'gap');
  if (mustGaps.length > 0) {
    lower(
      'Recommend',
      `${mustGaps.length} must-have requirement${mustGaps.length > 1 ? 's are gaps' : ' is a gap'} (${mustGaps.map((r) => r.requirementId).join(', ')}): not shown, or not borne out when probed`,
    );
  }

  // Skipped questions are no evidence either way: they count neither for nor against the mean.
  const points = input.verdicts.flatMap((verdict, index) =>
    input.skipped[index] ? [] : [VERDICT_POINTS[verdict]],
  );
  const mean = points.length === 0 ? 0 : points.reduce((sum, value) => sum + value, 0) / points.length;
  // Must-haves the evidence speaks to (met, partial or gap); a resume claim the interview did not
  // test is neither for nor against.
  const assessed = mustHaves.filter((requirement) => requirement.status !== 'unverified');
  const metShare =
    assessed.length === 0 ? 1 : assessed.filter((r) => r.status === 'met').length / assessed.length;
  let level: TRecommendation;
  if (mean >= 2.5 && mustGaps.length === 0 && metShare >= 0.75) level = 'Strongly Recommend';
  else if (mean >= 2.2 && mustGaps.length <= 1) level = 'Recommend';
  else if (mean >= 2.0) level = 'Recommend with Reservations';
  else level = 'Do Not Recommend';
  const levelReason =
    `Mean answer score ${mean.toFixed(2)} of 3 over ${points.length} answer${points.length === 1 ? '' : 's'}; ` +
    `${Math.round(metShare * 100)}% of the must-haves the interview assessed were met, ${mustGaps.length} must-have gap${mustGaps.length === 1 ? '' : 's'} → ${level}.`;

  const recommendation = mostCautious(level, ceiling);
  const binding = ceilingReasons.filter((reason) => reason.endsWith(`at best ${recommendation}.`));
  return {
    ceiling: { ceiling, reasons: ceilingReasons },
    recommendation,
    reasons: level === recommendation ? [levelReason, ...binding] : binding,
  };
}

export function formatTurns(indexes: readonly number[]): string {
  const numbers = indexes.map((index) => index + 1);
  if (numbers.length > 2 && numbers.every((value, i) => i === 0 || value === numbers[i - 1]! + 1)) {
    return `${numbers[0]}–${numbers.at(-1)}`;
  }
  return numbers.join(', ');
}
