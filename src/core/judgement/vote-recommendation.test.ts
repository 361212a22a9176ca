import { describe, expect, it } from 'vitest';
import { voteRecommendation } from './vote-recommendation.js';

describe('voteRecommendation', () => {
  it('takes the most frequent recommendation', () => {
    expect(voteRecommendation(['Recommend', 'Strongly Recommend', 'Recommend'])).toEqual({
      recommendation: 'Recommend',
      stability: {
        samples: 3,
        agreement: 2 / 3,
        distribution: [
          { recommendation: 'Strongly Recommend', count: 1 },
          { recommendation: 'Recommend', count: 2 },
        ],
      },
    });
  });

  it('breaks a tie towards the more cautious label', () => {
    expect(voteRecommendation(['Do Not Recommend', 'Strongly Recommend']).recommendation).toBe(
      'Do Not Recommend',
    );
    expect(
      voteRecommendation([
        'Recommend',
        'Recommend with Reservations',
        'Recommend with Reservations',
        'Recommend',
      ]).recommendation,
    ).toBe('Recommend with Reservations');
  });

  it('agrees fully with one sample', () => {
    expect(voteRecommendation(['Recommend']).stability).toEqual({
      samples: 1,
      agreement: 1,
      distribution: [{ recommendation: 'Recommend', count: 1 }],
    });
  });
});
