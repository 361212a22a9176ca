import { describe, expect, it } from 'vitest';
import { ANSWERS, resume, transcript } from './__fixtures__/interview-case.js';
import { findVerbatim, verifyQuotes } from './verify-quotes.js';

describe('findVerbatim', () => {
  it('finds a passage with whitespace normalised and returns the source’s own text', () => {
    expect(findVerbatim('prune the heads,   then\n measure', 'heads, then measure')).toBe(
      'heads,   then\n measure',
    );
  });

  it('does not forgive case, punctuation or spelling', () => {
    const source = 'i would quantize it to int8';
    expect(findVerbatim(source, 'I would quantize it to int8')).toBeUndefined();
    expect(findVerbatim(source, 'i would quantise it to int8')).toBeUndefined();
    expect(findVerbatim(source, 'i would quantize it, to int8')).toBeUndefined();
  });

  it('accepts a quote wrapped in quotation marks, and nothing empty', () => {
    expect(findVerbatim('i dont know how', '"i dont know how"')).toBe('i dont know how');
    expect(findVerbatim('i dont know how', '“dont know”')).toBe('dont know');
    expect(findVerbatim('i dont know how', '   ')).toBeUndefined();
  });
});

describe('verifyQuotes', () => {
  const sources = { transcript, resume };

  it('keeps quotes found in the named answer or the resume', () => {
    const { verified, dropped } = verifyQuotes(
      [
        { source: 'transcript', turn: 2, text: 'prune the heads we do not need, then measure' },
        { source: 'resume', turn: null, text: 'Deployed models on Kubernetes.' },
      ],
      sources,
    );
    expect(dropped).toEqual([]);
    expect(verified).toEqual([
      { source: 'transcript', turn: 2, text: 'prune the heads we do not need,   then measure' },
      { source: 'resume', text: 'Deployed models on Kubernetes.' },
    ]);
    expect(ANSWERS.optimise).toContain(verified[0]!.text);
  });

  it('drops a quote from the wrong turn, an invented one, and one for a turn that does not exist', () => {
    const { verified, dropped } = verifyQuotes(
      [
        { source: 'transcript', turn: 1, text: 'Latency dropped from 120 ms to 45 ms' },
        { source: 'transcript', turn: 3, text: 'I led the migration to Kubernetes' },
        { source: 'transcript', turn: 9, text: 'anything' },
        { source: 'resume', turn: null, text: 'Led a team of 12' },
      ],
      sources,
    );
    expect(verified).toEqual([]);
    expect(dropped.map((entry) => entry.searched)).toEqual([
      "turn 1's answer",
      "turn 3's answer",
      "turn 9's answer",
      'the resume',
    ]);
  });

  it('places a transcript quote without a turn in the answer that holds it, and removes duplicates', () => {
    const { verified } = verifyQuotes(
      [
        { source: 'transcript', turn: null, text: 'the platform team handled that' },
        { source: 'transcript', turn: 4, text: 'the platform team handled that' },
      ],
      sources,
    );
    expect(verified).toEqual([{ source: 'transcript', turn: 4, text: 'the platform team handled that' }]);
  });
});
