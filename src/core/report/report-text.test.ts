import { describe, expect, it } from 'vitest';
import { seedEvaluation, strongEvaluation } from './__fixtures__/evaluations.js';
import {
  describeCeiling,
  describeCoverage,
  describeOverride,
  describeQuoteSource,
  describeStability,
} from './report-text.js';

describe('report text', () => {
  it('names quote sources', () => {
    expect(describeQuoteSource({ source: 'transcript', turn: 4, text: 'x' })).toBe('turn 4');
    expect(describeQuoteSource({ source: 'transcript', text: 'x' })).toBe('interview');
    expect(describeQuoteSource({ source: 'resume', text: 'x' })).toBe('resume');
    expect(describeQuoteSource({ source: 'job', text: 'x' })).toBe('job description');
  });

  it('says when no policy rule applied', () => {
    expect(describeCeiling({ ceiling: 'Strongly Recommend', reasons: [] })).toBe(
      'No policy rule limited the recommendation.',
    );
    expect(describeCeiling({ ceiling: 'Recommend', reasons: ['x'] })).toBe(
      'The signals allow at most Recommend. The rules that set this limit:',
    );
  });

  it('words an override with one full stop, and only when there is one', () => {
    expect(describeOverride(seedEvaluation())).toBeUndefined();
    const evaluation = strongEvaluation();
    evaluation.policy.override = {
      modelRecommendation: 'Strongly Recommend',
      reason: 'a must-have was a gap.  ',
    };
    expect(describeOverride(evaluation)).toBe(
      'The model recommended Strongly Recommend; the policy lowered it to Recommend because a must-have was a gap.',
    );
  });

  it('counts agreeing samples and lists the distribution, most frequent first', () => {
    expect(
      describeStability({
        samples: 3,
        agreement: 2 / 3,
        distribution: [
          { recommendation: 'Recommend', count: 1 },
          { recommendation: 'Do Not Recommend', count: 2 },
        ],
      }),
    ).toBe('2 of 3 samples agreed on the recommendation (67%): Do Not Recommend 2, Recommend 1.');
    expect(
      describeStability({
        samples: 1,
        agreement: 1,
        distribution: [{ recommendation: 'Recommend', count: 1 }],
      }),
    ).toBe('1 of 1 sample agreed on the recommendation (100%): Recommend 1.');
  });

  it('summarises coverage per priority', () => {
    const { requirements } = seedEvaluation();
    expect(describeCoverage(requirements, 'must')).toBe(
      'Must-have requirements (7): 0 met, 1 partial, 3 unverified, 3 gaps.',
    );
    expect(describeCoverage(requirements, 'nice')).toBe(
      'Nice-to-have requirements (2): 0 met, 0 partial, 1 unverified, 1 gap.',
    );
    expect(describeCoverage([], 'must')).toBeUndefined();
  });
});
