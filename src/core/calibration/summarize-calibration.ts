import type { TRedFlagKind, TVerdict } from '../evaluation.js';
import { RECOMMENDATIONS, ZRedFlagKind, ZVerdict } from '../evaluation.js';
import { recommendationLevel, type TCaseComparison } from './compare-with-expected.js';

export type TFlagAgreement = {
  kind: TRedFlagKind;
  /** Required and raised. */
  truePositives: number;
  /** Forbidden and raised. */
  falsePositives: number;
  /** Required and not raised. */
  falseNegatives: number;
  /** TP / (TP + FP); null when the flag was never raised where the key judges it. */
  precision: number | null;
  /** TP / (TP + FN); null when no case requires it. */
  recall: number | null;
};

export type TCalibrationSummary = {
  cases: number;
  recommendation: {
    exact: number;
    withinBand: number;
    /** At most one level from the expected call. */
    adjacent: number;
    /** Quadratic-weighted Cohen's kappa between the expected and the reported levels. */
    quadraticWeightedKappa: number | null;
  };
  verdicts: {
    total: number;
    exact: number;
    /** At most one step apart (non_answer < weak < adequate < strong). */
    withinOne: number;
    /** confusion[expected][actual], in the order of `labels`. */
    labels: TVerdict[];
    confusion: number[][];
  };
  flags: TFlagAgreement[];
  requirements: { total: number; agreed: number };
  comparisons: TCaseComparison[];
};

/**
 * Quadratic-weighted kappa of two ratings on an ordinal scale of `levels` categories:
 * 1 is perfect agreement, 0 what chance gives, negative worse than chance.
 *
 * @example
 *   quadraticWeightedKappa([0, 1, 2, 3], [0, 1, 2, 3], 4) // 1
 *   quadraticWeightedKappa([0, 1, 2, 3], [1, 1, 2, 3], 4) // < 1
 *   quadraticWeightedKappa([0, 0], [0, 0], 4)             // null (no variation to agree on)
 */
export function quadraticWeightedKappa(
  expected: readonly number[],
  actual: readonly number[],
  levels: number,
): number | null {
  const count = expected.length;
  if (count === 0 || levels < 2) return null;
  const observed = Array.from({ length: levels }, () => new Array<number>(levels).fill(0));
  const expectedTotals = new Array<number>(levels).fill(0);
  const actualTotals = new Array<number>(levels).fill(0);
  for (let index = 0; index < count; index++) {
    const a = expected[index]!;
    const b = actual[index]!;
    observed[a]![b]!++;
    expectedTotals[a]!++;
    actualTotals[b]!++;
  }
  let weightedObserved = 0;
  let weightedChance = 0;
  for (let i = 0; i < levels; i++) {
    for (let j = 0; j < levels; j++) {
      const weight = (i - j) ** 2 / (levels - 1) ** 2;
      weightedObserved += weight * observed[i]![j]!;
      weightedChance += (weight * expectedTotals[i]! * actualTotals[j]!) / count;
    }
  }
  if (weightedChance === 0) return null;
  return 1 - weightedObserved / weightedChance;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Agreement figures over many case comparisons (what `candor calibrate` prints). */
export function summarizeCalibration(comparisons: readonly TCaseComparison[]): TCalibrationSummary {
  const labels = [...ZVerdict.options];
  const confusion = labels.map(() => labels.map(() => 0));
  let verdictTotal = 0;
  let verdictExact = 0;
  let verdictWithinOne = 0;
  for (const comparison of comparisons) {
    for (const verdict of comparison.verdicts) {
      verdictTotal++;
      if (verdict.actual === null) continue;
      const row = labels.indexOf(verdict.expected);
      const column = labels.indexOf(verdict.actual);
      confusion[row]![column]!++;
      if (row === column) verdictExact++;
      if (Math.abs(row - column) <= 1) verdictWithinOne++;
    }
  }
  const flags = ZRedFlagKind.options.map((kind) => {
    const truePositives = comparisons.filter((c) => c.flagsFound.includes(kind)).length;
    const falsePositives = comparisons.filter((c) => c.flagsForbiddenRaised.includes(kind)).length;
    const falseNegatives = comparisons.filter((c) => c.flagsMissed.includes(kind)).length;
    return {
      kind,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: ratio(truePositives, truePositives + falsePositives),
      recall: ratio(truePositives, truePositives + falseNegatives),
    };
  });
  const requirements = comparisons.flatMap((comparison) => comparison.requirements);
  return {
    cases: comparisons.length,
    recommendation: {
      exact: comparisons.filter((c) => c.isExact).length,
      withinBand: comparisons.filter((c) => c.isWithinBand).length,
      adjacent: comparisons.filter((c) => c.distance <= 1).length,
      quadraticWeightedKappa: quadraticWeightedKappa(
        comparisons.map((c) => recommendationLevel(c.expected)),
        comparisons.map((c) => recommendationLevel(c.actual)),
        RECOMMENDATIONS.length,
      ),
    },
    verdicts: { total: verdictTotal, exact: verdictExact, withinOne: verdictWithinOne, labels, confusion },
    flags,
    requirements: {
      total: requirements.length,
      agreed: requirements.filter((requirement) => requirement.actual === requirement.expected).length,
    },
    comparisons: [...comparisons],
  };
}
