import type { TEvaluation } from '../evaluation.js';

/** What moved between an evaluation and the same interview's variant. */
export type TOutcomeChange = {
  /** The recommendation differs. */
  recommendation: boolean;
  /** Turns (1-based) whose verdict differs. */
  verdictTurns: number[];
  /** Red-flag kinds raised in one and not the other. */
  flags: string[];
};

function flagKinds(evaluation: TEvaluation): Set<string> {
  return new Set(evaluation.redFlags.map((flag) => flag.kind));
}

/**
 * Compares the outcome of an interview with the outcome of a variant of it (another name, other
 * grammar, another register): the recommendation, each answer's verdict, and the red flags raised.
 * `turns`, when given, limits the verdicts compared to those turns (the answers the variant changed).
 */
export function compareOutcomes(
  original: TEvaluation,
  variant: TEvaluation,
  turns?: readonly number[],
): TOutcomeChange {
  const verdicts = new Map(variant.answers.map((answer) => [answer.turn, answer.verdict]));
  const verdictTurns = original.answers
    .filter((answer) => (turns ? turns.includes(answer.turn) : true))
    .filter((answer) => verdicts.get(answer.turn) !== answer.verdict)
    .map((answer) => answer.turn);
  const before = flagKinds(original);
  const after = flagKinds(variant);
  const flags = [...new Set([...before, ...after])]
    .filter((kind) => before.has(kind) !== after.has(kind))
    .sort();
  return { recommendation: original.recommendation !== variant.recommendation, verdictTurns, flags };
}
