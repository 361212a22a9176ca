import { describe, expect, it } from 'vitest';
import type { TEvaluation } from '../evaluation.js';
import { compareOutcomes } from './compare-outcomes.js';
import { rewriteNonNative } from './rewrite-non-native.js';
import { rewriteSpoken } from './rewrite-spoken.js';
import { swapCandidateName } from './swap-candidate-name.js';

describe('rewriteNonNative', () => {
  it('drops every other article, puts past verbs after their subject in the base form and drops plural -s after numbers', () => {
    expect(rewriteNonNative('I interviewed the lead and four witnesses. The team moved 30 orders.')).toBe(
      'I interview lead and four witness. The team moved 30 order.',
    );
  });

  it('drops the third person -s and keeps numbers, names and line breaks', () => {
    expect(rewriteNonNative('He takes the calls in Zendesk.\n\nShe checks 3 dashboards at 6:05.')).toBe(
      'He take calls in Zendesk.\n\nShe check 3 dashboard at 6:05.',
    );
  });

  it('keeps a capital A that names something', () => {
    expect(rewriteNonNative('i split it and labelled them exhibit A part 1 of 3')).toContain(
      'exhibit A part 1 of 3',
    );
  });

  it('is deterministic', () => {
    const text = 'We moved the top 200 look-alikes apart and turned on item scan-to-confirm.';
    expect(rewriteNonNative(text)).toBe(rewriteNonNative(text));
  });
});

describe('rewriteSpoken', () => {
  it('lower-cases, drops sentence punctuation and adds fillers, keeping marks inside words and numbers', () => {
    expect(rewriteSpoken('Yes. We cut errors from 99.2% to 99.8%, in two weeks — 10,000 orders.')).toBe(
      'um yes we cut errors from 99.2% to like 99.8% in two weeks 10,000 orders',
    );
  });
});

describe('swapCandidateName', () => {
  const from = { first: 'Daniel', last: 'Okafor' };
  const to = { first: 'Lucía', last: 'Hernández', pronouns: 'she/her' };

  it('replaces the name in any case, in the email, and gives the pronouns under it', () => {
    expect(
      swapCandidateName(
        '# DANIEL OKAFOR, PharmD\n\ndaniel.okafor@example.com · danielokafor.example.com',
        from,
        to,
        {
          addPronouns: true,
        },
      ),
    ).toBe(
      '# LUCÍA HERNÁNDEZ, PharmD\nPronouns: she/her\n\nlucia.hernandez@example.com · luciahernandez.example.com',
    );
  });

  it('leaves words that only contain the name alone', () => {
    expect(swapCandidateName('Danielle met Okaforson.', from, to)).toBe('Danielle met Okaforson.');
  });
});

describe('compareOutcomes', () => {
  const evaluation = (recommendation: TEvaluation['recommendation'], verdicts: string[], flags: string[]) =>
    ({
      recommendation,
      answers: verdicts.map((verdict, index) => ({ turn: index + 1, verdict })),
      redFlags: flags.map((kind) => ({ kind })),
    }) as unknown as TEvaluation;

  it('names the recommendation, the turns and the flags that moved', () => {
    expect(
      compareOutcomes(
        evaluation('Recommend', ['strong', 'weak', 'adequate'], ['evasive']),
        evaluation('Do Not Recommend', ['strong', 'adequate', 'weak'], ['inconsistency']),
      ),
    ).toEqual({ recommendation: true, verdictTurns: [2, 3], flags: ['evasive', 'inconsistency'] });
  });

  it('compares only the turns asked for, and finds nothing when nothing moved', () => {
    const original = evaluation('Recommend', ['strong', 'weak'], []);
    expect(compareOutcomes(original, evaluation('Recommend', ['strong', 'strong'], []), [1])).toEqual({
      recommendation: false,
      verdictTurns: [],
      flags: [],
    });
  });
});
