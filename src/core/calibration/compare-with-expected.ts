import type { TEvaluation, TRecommendation, TRedFlagKind, TVerdict } from '../evaluation.js';
import { RECOMMENDATIONS } from '../evaluation.js';
import type { TExpectedOutcome } from './expected-outcome.js';

export type TVerdictComparison = {
  turn: number;
  expected: TVerdict;
  actual: TVerdict | null;
  reason: string;
};
export type TRequirementComparison = {
  requirement: string;
  expected: 'met' | 'gap';
  actual: string | null;
  note: string;
};

/** How one report compares with its answer key. */
export type TCaseComparison = {
  name: string;
  expected: TRecommendation;
  acceptable: TRecommendation[];
  actual: TRecommendation;
  /** The report's recommendation equals the expected one. */
  isExact: boolean;
  /** The expected one or one of the acceptable ones. */
  isWithinBand: boolean;
  /** Levels between the report's and the expected recommendation (0 = exact). */
  distance: number;
  /** The report's own reasons for its recommendation (policy rules that fired). */
  reasons: string[];
  verdicts: TVerdictComparison[];
  flagsRaised: TRedFlagKind[];
  /** Required flags the report raised, missed, and forbidden flags it raised. */
  flagsFound: TRedFlagKind[];
  flagsMissed: TRedFlagKind[];
  flagsForbiddenRaised: TRedFlagKind[];
  flagsForbiddenAvoided: TRedFlagKind[];
  requirements: TRequirementComparison[];
};

function normaliseRequirement(text: string): string {
  return text
    .replace(/[.;:\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function recommendationLevel(recommendation: TRecommendation): number {
  return RECOMMENDATIONS.indexOf(recommendation);
}

/**
 * Compares one report with its answer key: recommendation, the verdict of every turn, red flags
 * (required, forbidden) and the requirements the key calls met or gaps.
 *
 * @example
 *   compareWithExpected('case', evaluation, expected).isWithinBand // true when the call is defensible
 */
export function compareWithExpected(
  name: string,
  evaluation: TEvaluation,
  expected: TExpectedOutcome,
): TCaseComparison {
  const actual = evaluation.recommendation;
  const distance = Math.abs(recommendationLevel(actual) - recommendationLevel(expected.recommendation));
  const flagsRaised = [...new Set(evaluation.redFlags.map((flag) => flag.kind))];
  const verdicts = expected.answers.map((verdict, index) => {
    const answer = evaluation.answers[index];
    return {
      turn: index + 1,
      expected: verdict,
      actual: answer?.verdict ?? null,
      reason: answer ? answer.justification : 'the report has no answer for this turn',
    };
  });
  const byText = new Map(
    evaluation.requirements.map((requirement) => [
      normaliseRequirement(requirement.requirement),
      requirement,
    ]),
  );
  const requirements: TRequirementComparison[] = [
    ...expected.requirements_met.map((text) => ({ text, status: 'met' as const })),
    ...expected.requirements_gaps.map((text) => ({ text, status: 'gap' as const })),
  ].map(({ text, status }) => {
    const found = byText.get(normaliseRequirement(text));
    return {
      requirement: text,
      expected: status,
      actual: found?.status ?? null,
      note: found?.note ?? 'the report does not list this requirement',
    };
  });
  return {
    name,
    expected: expected.recommendation,
    acceptable: expected.acceptable,
    actual,
    isExact: actual === expected.recommendation,
    isWithinBand: actual === expected.recommendation || expected.acceptable.includes(actual),
    distance,
    reasons: [...evaluation.policy.reasons, evaluation.justification].filter((reason) => reason.length > 0),
    verdicts,
    flagsRaised,
    flagsFound: expected.red_flags.filter((kind) => flagsRaised.includes(kind)),
    flagsMissed: expected.red_flags.filter((kind) => !flagsRaised.includes(kind)),
    flagsForbiddenRaised: expected.must_not_flag.filter((kind) => flagsRaised.includes(kind)),
    flagsForbiddenAvoided: expected.must_not_flag.filter((kind) => !flagsRaised.includes(kind)),
    requirements,
  };
}
