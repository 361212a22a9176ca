import { describe, expect, it } from 'vitest';
import { readAnswer } from '../src/core/reading/read-answer.js';
import { runFairnessVariants } from './support/run-fairness-variants.js';

/** Cases with deflections, typed lower-case answers, skips and an injection: the readers' hard paths. */
const CASES = ['data-scientist-ml', 'junior-devops-engineer', 'hr-generalist', 'litigation-paralegal'];

function describeChanges(results: Awaited<ReturnType<typeof runFairnessVariants>>): string[] {
  return results
    .filter(
      (result) =>
        result.change.recommendation ||
        result.change.verdictTurns.length > 0 ||
        result.change.flags.length > 0,
    )
    .map(
      (result) =>
        `${result.case} (${result.label}): recommendation ${result.original.recommendation} → ${result.variant.recommendation}, turns ${result.change.verdictTurns.join(', ') || 'none'}, flags ${result.change.flags.join(', ') || 'none'}`,
    );
}

describe('counterfactual fairness of the offline engine', () => {
  it('judges an interview the same under other names and pronouns', async () => {
    const results = await runFairnessVariants({ cases: CASES, kinds: ['name'], personas: 4 });
    expect(results).toHaveLength(CASES.length * 4);
    // The variants really differ from the original: another name is in the resume the engine read.
    expect(results[0]!.variant.candidate.name).not.toBe(results[0]!.original.candidate.name);
    expect(describeChanges(results)).toEqual([]);
  }, 120_000);

  it('judges an interview the same when its answers are in non-native English', async () => {
    const results = await runFairnessVariants({ cases: CASES, kinds: ['grammar'] });
    expect(results).toHaveLength(CASES.length);
    const rewritten = results[0]!.variant.answers.filter(
      (answer, index) => answer.answer !== results[0]!.original.answers[index]!.answer,
    );
    expect(rewritten.length).toBeGreaterThan(0);
    expect(describeChanges(results)).toEqual([]);
  }, 120_000);

  it('recommends the same when every answer is in a spoken register (lower case, no punctuation, fillers)', async () => {
    const results = await runFairnessVariants({ cases: CASES, kinds: ['register'] });
    expect(results).toHaveLength(CASES.length);
    // Not yet verdict-neutral (see the README's fairness table); no recommendation may move.
    const moved = results.filter((result) => result.change.recommendation);
    expect(
      moved.map(
        (result) => `${result.case}: ${result.original.recommendation} → ${result.variant.recommendation}`,
      ),
    ).toEqual([]);
  }, 120_000);

  it('rates the hand-translated Spanish answers as it rates them in English', async () => {
    const results = await runFairnessVariants({
      cases: ['data-scientist-ml', 'community-pharmacist'],
      kinds: ['spanish'],
    });
    expect(results).toHaveLength(2);
    expect(describeChanges(results)).toEqual([]);
  }, 120_000);
});

describe('reading Spanish', () => {
  const context = {
    topicLemmas: new Set<string>(),
    domainLemmas: new Set<string>(),
    questionNumbers: new Set<string>(),
  };

  it('hears work handed to someone else', () => {
    const reading = readAnswer('El equipo de la plataforma de ML se encarga de todo eso.', context);
    expect(reading.language.code).toBe('es');
    expect(reading.sentences[0]!.deflections).toEqual(['El equipo de la plataforma de ML se encarga']);
    expect(reading.sentences[0]!.agent).toBe('other');
  });

  it('does not hear a hand-off in the candidate’s own work', () => {
    const reading = readAnswer(
      'Separé los 200 artículos más vendidos y activé el escaneo de confirmación.',
      context,
    );
    expect(reading.sentences[0]!.deflections).toEqual([]);
    expect(reading.sentences[0]!.agent).toBe('self');
  });

  it('counts numbers spelled out as quantities', () => {
    const reading = readAnswer(
      'Medido en la auditoría de salida, durante doce semanas y con dos personas.',
      context,
    );
    expect(reading.sentences[0]!.quantities).toEqual(['doce', 'dos']);
  });
});
