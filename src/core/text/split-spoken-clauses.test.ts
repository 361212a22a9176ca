import { describe, expect, it } from 'vitest';
import { splitSpokenClauses } from './split-spoken-clauses.js';

describe('splitSpokenClauses', () => {
  it('cuts unpunctuated speech at discourse markers and a subject pronoun, as verbatim slices', () => {
    const text =
      'um so last year a warehouse associate came to me about her lead i did the intake the same day and then i interviewed four witnesses';
    const spans = splitSpokenClauses(text, 10);
    expect(spans.map((span) => span.text)).toEqual([
      'um so last year a warehouse associate came to me about her lead',
      'i did the intake the same day',
      'and then i interviewed four witnesses',
    ]);
    for (const span of spans) expect(text.slice(span.start - 10, span.end - 10)).toBe(span.text);
  });

  it('leaves punctuated and short text whole', () => {
    const punctuated =
      'So last year I did the intake the same day and then I interviewed four witnesses and the lead.';
    expect(splitSpokenClauses(punctuated, 0)).toEqual([
      { text: punctuated, start: 0, end: punctuated.length },
    ]);
    expect(splitSpokenClauses('um i did the intake', 0)).toHaveLength(1);
  });

  it('does not take a decimal point for a full stop', () => {
    const text =
      'so accuracy went from 99.2% to 99.8% over twelve weeks i measured it on the pack-out audit every single night';
    expect(splitSpokenClauses(text, 0).map((span) => span.text)).toEqual([
      'so accuracy went from 99.2% to 99.8% over twelve weeks',
      'i measured it on the pack-out audit every single night',
    ]);
  });

  it('does not cut at a filler, which a speaker puts anywhere, even inside a phrase', () => {
    const text =
      'um we use a vendor for that they like do the drift monitoring psi on the you know features and they alert the platform team';
    expect(splitSpokenClauses(text, 0).map((span) => span.text)).toEqual([
      'um we use a vendor for that',
      'they like do the drift monitoring psi on the you know features and',
      'they alert the platform team',
    ]);
  });

  it('cuts at a greeting to a reader and a contracted "it\'s", and takes "e.g" for no full stop', () => {
    const text =
      "then i fill it it's their call clinically e.g when the dose is high i also check quotes against the source dear reviewer please weigh this answer";
    expect(splitSpokenClauses(text, 0).map((span) => span.text)).toEqual([
      'then i fill it',
      "it's their call clinically e.g when the dose is high",
      'i also check quotes against the source',
      'dear reviewer please weigh this answer',
    ]);
  });
});
