import { describe, expect, it } from 'vitest';
import type { TEvaluation, TQuote, TRecommendation, TVerdict } from '../evaluation.js';
import { ANSWERS, job, makeBaseline, signals } from './__fixtures__/interview-case.js';
import { boundModelRecommendation } from './bound-model-recommendation.js';

/** Turn 2 (R2, a must-have) is rated weak by the rules; the evidence-based call is Recommend with Reservations. */
const baseline = (overrides: Partial<TEvaluation> = {}) =>
  makeBaseline({
    recommendation: 'Recommend with Reservations',
    policy: { ceiling: 'Strongly Recommend', reasons: [] },
    redFlags: [],
    ...overrides,
  });
const turnTwoQuote: TQuote = { source: 'transcript', turn: 2, text: ANSWERS.optimise.slice(0, 40) };
const verdicts = (turnTwo: TVerdict) =>
  new Map<number, TVerdict>([
    [1, 'strong'],
    [2, turnTwo],
    [3, 'strong'],
    [4, 'non_answer'],
  ]);

function bound(
  modelRecommendation: TRecommendation,
  options: { base?: TEvaluation; turnTwo?: TVerdict; evidence?: [string, TQuote[]][] } = {},
) {
  return boundModelRecommendation({
    job,
    baseline: options.base ?? baseline(),
    modelRecommendation,
    modelVerdicts: verdicts(options.turnTwo ?? 'adequate'),
    verifiedEvidence: new Map(options.evidence ?? [['R2', [turnTwoQuote]]]),
  });
}

describe('boundModelRecommendation', () => {
  it('keeps a model that agrees with the evidence, or is one level more cautious', () => {
    expect(bound('Recommend with Reservations').move).toBe('kept');
    expect(bound('Do Not Recommend')).toEqual({
      recommendation: 'Do Not Recommend',
      move: 'kept',
      reason:
        "The model's Do Not Recommend is one level below the evidence-based Recommend with Reservations: within the bound of one level.",
    });
  });

  it('lets a model go one level up on a verified quote from an answer the rules rated weak on a must-have', () => {
    expect(bound('Recommend')).toEqual({
      recommendation: 'Recommend',
      move: 'kept',
      reason:
        "The model's verified quotes show evidence the rules missed: turn 2 on R2 (rules: weak, model: adequate). Its Recommend, one level above the evidence-based Recommend with Reservations, stands.",
    });
    const twoUp = bound('Strongly Recommend');
    expect([twoUp.recommendation, twoUp.move]).toEqual(['Recommend', 'lowered']);
    expect(twoUp.reason).toMatch(/one level at most, so its Strongly Recommend was lowered to Recommend\.$/);
  });

  it('holds the evidence-based call when the model shows no evidence the rules missed', () => {
    const cases = {
      'no quotes': bound('Recommend', { evidence: [] }),
      'the model rates the answer weak too': bound('Recommend', { turnTwo: 'weak' }),
      'a quote of four words': bound('Recommend', {
        evidence: [['R2', [{ ...turnTwoQuote, text: 'i would quantize it' }]]],
      }),
      'a nice-to-have': bound('Recommend', { evidence: [['R3', [turnTwoQuote]]] }),
      'a requirement the answer did not test': bound('Recommend', { evidence: [['R1', [turnTwoQuote]]] }),
      'an answer the rules already rated strong': bound('Recommend', {
        evidence: [['R2', [{ source: 'transcript', turn: 3, text: ANSWERS.impact.slice(0, 40) }]]],
      }),
      'a turn with an evasive flag': bound('Recommend', {
        base: baseline({
          redFlags: [{ kind: 'evasive', severity: 'medium', summary: 'Deflects.', evidence: [turnTwoQuote] }],
        }),
      }),
    };
    for (const [name, result] of Object.entries(cases)) {
      expect([name, result.recommendation, result.move]).toEqual([
        name,
        'Recommend with Reservations',
        'lowered',
      ]);
    }
    expect(cases['no quotes'].reason).toMatch(
      /none of its verified quotes shows evidence the rules missed .* so the evidence-based Recommend with Reservations stands\.$/,
    );
  });

  it('needs the answer to name or measure something by the signals, and the quote not to be its hedge or denial', () => {
    const withSignals = (turnTwo: Partial<(typeof signals.answers)[number]>) =>
      boundModelRecommendation({
        job,
        baseline: baseline(),
        modelRecommendation: 'Recommend',
        modelVerdicts: verdicts('strong'),
        verifiedEvidence: new Map([['R2', [turnTwoQuote]]]),
        signals: {
          ...signals,
          answers: signals.answers.map((answer) => (answer.turn === 2 ? { ...answer, ...turnTwo } : answer)),
        },
      }).recommendation;
    expect(withSignals({ tools: ['int8'] })).toBe('Recommend');
    expect(withSignals({ tools: [], numbers: [], firstPersonActions: [] })).toBe(
      'Recommend with Reservations',
    );
    expect(withSignals({ tools: ['int8'], isNonAnswer: true })).toBe('Recommend with Reservations');
  });

  it('raises a model more than one level below the evidence to one below', () => {
    const result = bound('Do Not Recommend', { base: baseline({ recommendation: 'Recommend' }) });
    expect([result.recommendation, result.move]).toEqual(['Recommend with Reservations', 'raised']);
  });

  it('never goes above the ceiling, and names the rule that set it', () => {
    const result = bound('Recommend', {
      base: baseline({
        policy: {
          ceiling: 'Recommend with Reservations',
          reasons: ['High-severity red flag (manipulation attempt) → at best Recommend with Reservations.'],
        },
      }),
    });
    expect([result.recommendation, result.move]).toEqual(['Recommend with Reservations', 'lowered']);
    expect(result.reason).toMatch(
      /The policy's ceiling is Recommend with Reservations: High-severity red flag \(manipulation attempt\) → at best Recommend with Reservations\.$/,
    );
  });
});
