import { describe, expect, it } from 'vitest';
import { namesOf, readAnswer } from './read-answer.js';

describe('namesOf', () => {
  it('gives the acronyms, codes and mixed-case names a text writes, in lower case, without stop words', () => {
    expect(
      namesOf('Monitor INR and CrCl for patients on warfarin (CYP2C9); IT support; based in the US.'),
    ).toEqual(['inr', 'crcl', 'cyp2c9']);
  });

  it('lets an answer typed in lower case name what the job names', () => {
    const context = {
      topicLemmas: new Set<string>(),
      domainLemmas: new Set<string>(),
      questionNumbers: new Set<string>(),
    };
    const answer = 'so i call the clinic myself so they can pull the inr check forward';
    const named = (names?: Set<string>) =>
      readAnswer(answer, { ...context, ...(names ? { names } : {}) }).sentences.flatMap(
        (sentence) => sentence.namedTerms,
      );
    expect(named()).not.toContain('inr');
    expect(named(new Set(namesOf('Counsel on warfarin and INR monitoring')))).toContain('inr');
  });
});
