import type { TRecommendation } from '../../core/evaluation.js';

export type TDecisionKind = 'advance' | 'reject' | 'hold';

/** The decision the AI's recommendation amounts to: a human decision that differs is an override. */
export function decisionForRecommendation(recommendation: TRecommendation): TDecisionKind {
  switch (recommendation) {
    case 'Strongly Recommend':
    case 'Recommend':
      return 'advance';
    case 'Recommend with Reservations':
      return 'hold';
    case 'Do Not Recommend':
      return 'reject';
    default: {
      const unknown: never = recommendation;
      throw new Error(`unknown recommendation ${String(unknown)}`);
    }
  }
}
