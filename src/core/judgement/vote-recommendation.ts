import type { TEvaluation, TRecommendation } from '../evaluation.js';
import { RECOMMENDATIONS } from '../evaluation.js';

export type TStability = NonNullable<TEvaluation['stability']>;

export type TVoteRecommendationResult = {
  /** The most frequent recommendation; on a tie, the more cautious one. */
  recommendation: TRecommendation;
  stability: TStability;
};

/**
 * The recommendation of N sampled judgements: the most frequent, ties going to the more cautious
 * label (a split vote should not flatter the candidate). `agreement` is the winner's share;
 * `distribution` lists the labels that occurred, best to worst.
 */
export function voteRecommendation(recommendations: readonly TRecommendation[]): TVoteRecommendationResult {
  if (recommendations.length === 0)
    throw new RangeError('voteRecommendation needs at least one recommendation');
  const distribution = RECOMMENDATIONS.map((recommendation) => ({
    recommendation,
    count: recommendations.filter((candidate) => candidate === recommendation).length,
  })).filter((entry) => entry.count > 0);
  // Walking best to worst with >= lets the more cautious label win a tie.
  let winner = distribution[0]!;
  for (const entry of distribution) if (entry.count >= winner.count) winner = entry;
  return {
    recommendation: winner.recommendation,
    stability: {
      samples: recommendations.length,
      agreement: winner.count / recommendations.length,
      distribution,
    },
  };
}
