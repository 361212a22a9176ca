import { describe, expect, it } from 'vitest';
import { scoreInjectionCorpus, type TCorpusScore } from './support/score-injection-corpus.js';

/**
 * The injection corpus as a regression test: the held-out attacks (written before the detector
 * was tuned on them) are caught, and no ordinary text of the repository is flagged.
 * `npm run bench:injection` prints the same figures by language, encoding and placement.
 */
describe('the injection corpus', () => {
  let score: TCorpusScore;
  const ready = scoreInjectionCorpus().then((result) => {
    score = result;
  });

  it('catches at least 95 % of the held-out attacks', async () => {
    await ready;
    const heldOut = score.attacks.filter((result) => result.file.startsWith('heldout'));
    expect(heldOut.length).toBeGreaterThanOrEqual(50);
    const missed = heldOut.filter((result) => !result.detected).map((result) => result.attack.id);
    expect(missed.length / heldOut.length).toBeLessThanOrEqual(0.05);
  });

  it('catches every attack of the development set, the graded cases and the hidden-text PDF', async () => {
    await ready;
    const missed = score.attacks
      .filter((result) => result.file === 'attacks.json' || result.file === 'cases')
      .filter((result) => !result.detected)
      .map((result) => result.attack.id);
    expect(missed).toEqual([]);
    expect(score.attacks.filter((result) => result.file === 'cases').length).toBe(5);
  });

  it('flags no ordinary answer, resume, job description or document, and nothing beside an attack', async () => {
    await ready;
    expect(score.negatives.length).toBeGreaterThanOrEqual(150);
    expect(score.negatives.filter((negative) => negative.flagged.length > 0)).toEqual([]);
    expect(score.attacks.flatMap((result) => result.extra)).toEqual([]);
  });
});
