import { describe, expect, it } from 'vitest';
import { ZEvaluation } from '../evaluation.js';
import { job, makeBaseline, makeJudgement, resume, transcript } from './__fixtures__/interview-case.js';
import { mergeJudgement, UNVERIFIED_QUOTE_MARK } from './merge-judgement.js';

const context = { job, resume, transcript, model: 'openai:gpt-test', promptVersion: 'judgement-v1' };

describe('mergeJudgement', () => {
  it('writes a valid model evaluation from a clean judgement', () => {
    const evaluation = mergeJudgement(makeBaseline(), makeJudgement(), context);
    expect(ZEvaluation.parse(evaluation)).toEqual(evaluation);
    expect(evaluation.engine).toEqual({
      kind: 'model',
      model: 'openai:gpt-test',
      promptVersion: 'judgement-v1',
    });
    expect(evaluation.recommendation).toBe('Recommend');
    expect(evaluation.policy.override).toBeUndefined();
    expect(evaluation.requirements.map((r) => [r.requirementId, r.status])).toEqual([
      ['R1', 'met'],
      ['R2', 'met'],
      ['R3', 'gap'],
    ]);
    expect(evaluation.requirements[0]!.resumeEvidence).toEqual([
      { source: 'resume', text: 'Built Python services for real-time fraud scoring.' },
    ]);
    // Whitespace-normalised match, reported with the answer's own spacing.
    expect(evaluation.technicalSkills.evidence[0]!.text).toBe(
      'quantize it to int8 and prune the heads we do not need,   then measure accuracy again',
    );
    expect(evaluation.answers.map((a) => [a.turn, a.verdict, a.answer])).toEqual(
      transcript.turns.map((turn, index) => [
        index + 1,
        ['strong', 'adequate', 'strong', 'non_answer'][index],
        turn.answer,
      ]),
    );
    expect(evaluation.notes).toEqual([
      "The model's verdict differs from the rubric engine's on turn 2 (model: adequate, rules: weak).",
    ]);
  });

  it('drops an unverifiable quote, marks the claim and notes it', () => {
    const judgement = makeJudgement({
      technicalSkills: {
        summary: 'Led the Kubernetes migration.',
        evidence: [
          { source: 'transcript', turn: 4, text: 'I led the migration of 40 services to Kubernetes' },
          { source: 'transcript', turn: 1, text: 'p99 latency under 40 ms' },
        ],
      },
    });
    const evaluation = mergeJudgement(makeBaseline(), judgement, context);
    expect(evaluation.technicalSkills.summary).toBe(`Led the Kubernetes migration.${UNVERIFIED_QUOTE_MARK}`);
    expect(evaluation.technicalSkills.evidence).toEqual([
      { source: 'transcript', turn: 1, text: 'p99 latency under 40 ms' },
    ]);
    expect(evaluation.notes).toContainEqual(
      "A quote in the technical skills section was not found verbatim in turn 4's answer and was removed.",
    );
    expect(JSON.stringify(evaluation)).not.toContain('I led the migration of 40 services');
  });

  it('keeps the baseline status when a "met" rests on no verified interview quote', () => {
    const judgement = makeJudgement({
      requirements: makeJudgement().requirements.map((entry) =>
        entry.requirementId === 'R3'
          ? {
              ...entry,
              status: 'met',
              evidence: [{ source: 'transcript', turn: 4, text: 'I ran our Kubernetes clusters' }],
            }
          : entry,
      ),
    });
    const r3 = mergeJudgement(makeBaseline(), judgement, context).requirements[2]!;
    expect(r3.status).toBe('unverified');
    expect(r3.interviewEvidence).toEqual([]);
    expect(r3.note).toContain(UNVERIFIED_QUOTE_MARK);
  });

  it('bounds the recommendation by the ceiling and records the override', () => {
    const baseline = makeBaseline({
      recommendation: 'Do Not Recommend',
      policy: {
        ceiling: 'Do Not Recommend',
        reasons: [
          'Mean answer score 0.8 of 3 → Do Not Recommend.',
          'Must-have R2 drew a non-answer → at best Do Not Recommend.',
          'Red flag for review (assisted answers) → at best Recommend.',
        ],
      },
    });
    const evaluation = mergeJudgement(
      baseline,
      makeJudgement({ recommendation: 'Strongly Recommend' }),
      context,
    );
    expect(evaluation.recommendation).toBe('Do Not Recommend');
    expect(evaluation.policy.override!.modelRecommendation).toBe('Strongly Recommend');
    expect(evaluation.policy.override!.reason).toMatch(/so the evidence-based Do Not Recommend stands\.$/);
    expect(evaluation.justification).toContain('The model recommended "Strongly Recommend"');
    expect(evaluation.justification).toContain('lowered to "Do Not Recommend"');
    expect(ZEvaluation.safeParse(evaluation).success).toBe(true);
  });

  it('keeps a model recommendation one level more cautious, and raises one two levels below', () => {
    const oneBelow = mergeJudgement(
      makeBaseline(),
      makeJudgement({ recommendation: 'Recommend with Reservations' }),
      context,
    );
    expect(oneBelow.recommendation).toBe('Recommend with Reservations');
    expect(oneBelow.policy.override).toBeUndefined();
    expect(oneBelow.policy.model).toMatchObject({ move: 'kept', evidenceBased: 'Recommend' });

    const twoBelow = mergeJudgement(
      makeBaseline(),
      makeJudgement({ recommendation: 'Do Not Recommend' }),
      context,
    );
    expect(twoBelow.recommendation).toBe('Recommend with Reservations');
    expect(twoBelow.policy.override).toBeUndefined();
    expect(twoBelow.policy.model).toEqual({
      recommendation: 'Do Not Recommend',
      evidenceBased: 'Recommend',
      move: 'raised',
      reason:
        "The model's Do Not Recommend is 2 levels below the evidence-based Recommend; a model may differ by one level at most, so it was raised to Recommend with Reservations.",
    });
    expect(twoBelow.justification).toContain(
      'the recommendation was raised to "Recommend with Reservations"',
    );
  });

  it('covers every turn in order: skipped turns keep the baseline, stray turns are ignored', () => {
    const judgement = makeJudgement({
      answers: [
        { turn: 3, verdict: 'strong', evaluation: 'Model 3.', justification: 'J3.' },
        { turn: 1, verdict: 'strong', evaluation: 'Model 1.', justification: 'J1.' },
        { turn: 7, verdict: 'strong', evaluation: 'No such turn.', justification: '-' },
      ],
    });
    const evaluation = mergeJudgement(makeBaseline(), judgement, context);
    expect(evaluation.answers.map((a) => [a.turn, a.evaluation])).toEqual([
      [1, 'Model 1.'],
      [2, 'Rubric evaluation 2.'],
      [3, 'Model 3.'],
      [4, 'Rubric evaluation 4.'],
    ]);
    expect(evaluation.notes).toContain(
      "The model did not assess turns 2, 4; the rubric engine's assessment is kept.",
    );
    expect(evaluation.notes).toContain('The model assessed turns that do not exist (7); they were left out.');
  });

  it('keeps the baseline red flags, adds verified new ones, skips duplicates and unsupported ones', () => {
    const judgement = makeJudgement({
      redFlags: [
        // Same kind and turn as the baseline's flag: a duplicate.
        {
          kind: 'resume_discrepancy',
          severity: 'high',
          summary: 'Kubernetes claim not borne out.',
          evidence: [{ source: 'transcript', turn: 4, text: "I'm not sure" }],
        },
        {
          kind: 'evasive',
          severity: 'low',
          summary: 'Deflected.',
          evidence: [{ source: 'transcript', turn: 4, text: 'the platform team handled that' }],
        },
        {
          kind: 'inconsistency',
          severity: 'medium',
          summary: 'Invented.',
          evidence: [{ source: 'transcript', turn: 2, text: 'I never used int8' }],
        },
      ],
    });
    const evaluation = mergeJudgement(makeBaseline(), judgement, context);
    expect(evaluation.redFlags.map((flag) => flag.kind)).toEqual(['resume_discrepancy', 'evasive']);
    expect(evaluation.redFlags[0]).toEqual(makeBaseline().redFlags[0]);
    expect(evaluation.notes).toContain(
      'A red flag the model raised (inconsistency) had no verified evidence and was left out.',
    );
    expect(JSON.stringify(evaluation)).not.toContain('Invented.');
  });

  it('keeps requirements the model skipped and ignores unknown ids', () => {
    const judgement = makeJudgement({
      requirements: [{ requirementId: 'R9', status: 'met', note: '?', evidence: [] }],
      alignment: { overview: '', strengths: [{ requirementId: 'R9', title: 'x', text: 'y' }], gaps: [] },
    });
    const evaluation = mergeJudgement(makeBaseline(), judgement, context);
    expect(evaluation.requirements).toEqual(makeBaseline().requirements);
    expect(evaluation.alignment).toEqual({ overview: 'Rubric overview.', strengths: [], gaps: [] });
    expect(evaluation.notes).toContain('The model assessed an unknown requirement "R9"; it was left out.');
    expect(evaluation.notes).toContain(
      "The model did not assess requirement R1; the rubric engine's assessment is kept.",
    );
  });
});
