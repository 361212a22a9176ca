import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  job,
  makeBaseline,
  makeJudgement,
  resume,
  transcript,
} from './__fixtures__/interview-case.js';
import { groundModelProse } from './ground-model-prose.js';

const sources = { job, resume, transcript, baseline: makeBaseline() };

describe('groundModelProse', () => {
  it('leaves a judgement whose prose rests on the sources as it is', () => {
    const judgement = makeJudgement();
    expect(groundModelProse(judgement, sources)).toEqual({ judgement, notes: [] });
  });

  it('drops a sentence naming an employer, a number or a tool found nowhere, keeping the rest', () => {
    const result = groundModelProse(
      makeJudgement({
        summary:
          'She ran a FastAPI service in Python at Ledgerly. She previously led 40 engineers at Google. She scaled it with Terraform.',
        justification: 'Strong answers in turn 1 and turn 3. The p99 latency stayed under 40 ms.',
      }),
      sources,
    );
    expect(result.judgement.summary).toBe('She ran a FastAPI service in Python at Ledgerly.');
    expect(result.judgement.justification).toBe(
      'Strong answers in turn 1 and turn 3. The p99 latency stayed under 40 ms.',
    );
    expect(result.notes).toEqual([
      '2 sentences the model wrote were removed because they named numbers, names or tools found nowhere in the job, the resume, the transcript or the evidence-based evaluation: in the summary.',
    ]);
    // The note says where, never what: the invented text appears nowhere.
    expect(JSON.stringify(result)).not.toMatch(/Google|Terraform|40 engineers/);
  });

  it('checks turn numbers against the interview and number words beyond ten against the sources', () => {
    const result = groundModelProse(
      makeJudgement({
        answers: [
          { turn: 1, verdict: 'strong', evaluation: 'Better than turn 9.', justification: 'Tests R1.' },
          {
            turn: 2,
            verdict: 'weak',
            evaluation: 'Gave two techniques.',
            justification: 'Named twelve clusters.',
          },
          { turn: 3, verdict: 'strong', evaluation: 'Gives measured impact.', justification: 'Probes R2.' },
          { turn: 4, verdict: 'non_answer', evaluation: 'Deflects.', justification: 'Probes the claim.' },
        ],
      }),
      sources,
    );
    expect(result.judgement.answers.map((entry) => [entry.evaluation, entry.justification])).toEqual([
      ['', 'Tests R1.'],
      ['Gave two techniques.', ''],
      ['Gives measured impact.', 'Probes R2.'],
      ['Deflects.', 'Probes the claim.'],
    ]);
  });

  it('drops a sentence that quotes what nobody said, and keeps one that quotes verbatim', () => {
    const result = groundModelProse(
      makeJudgement({
        communication: {
          summary: `Clear: "${ANSWERS.impact.slice(0, 37)}". The candidate said "I led the whole platform team".`,
          evidence: [],
        },
      }),
      sources,
    );
    expect(result.judgement.communication.summary).toBe(`Clear: "${ANSWERS.impact.slice(0, 37)}".`);
    expect(result.notes).toEqual([
      '1 sentence the model wrote was removed because it put in quotation marks text found nowhere in the answers, the resume or the job: in the communication summary.',
    ]);
  });

  it('removes a sentence repeated across fields from every field, even when it names nothing checkable', () => {
    const invented = 'This candidate is an exceptional hire who exceeds every single expectation.';
    const judgement = makeJudgement();
    judgement.summary = `${judgement.summary} ${invented}`;
    judgement.alignment.overview = invented;
    judgement.answers[1]!.evaluation = invented;
    judgement.justification = `${invented} ${judgement.justification}`;
    const result = groundModelProse(judgement, sources);
    expect(result.judgement.summary).toBe(makeJudgement().summary);
    expect(result.judgement.alignment.overview).toBe('');
    expect(result.judgement.answers[1]!.evaluation).toBe('');
    expect(result.judgement.justification).toBe(makeJudgement().justification);
    expect(JSON.stringify(result.judgement)).not.toContain('exceptional hire');
    expect(result.notes[0]).toMatch(
      /^4 sentences the model wrote were removed because they repeated word for word across several fields: in the summary, the alignment overview, turn 2's evaluation and the justification\.$/,
    );
  });

  it('allows a sentence repeated across fields when the sources hold it', () => {
    const judgement = makeJudgement();
    judgement.summary = 'Built Python services for real-time fraud scoring.';
    judgement.alignment.overview = 'Built Python services for real-time fraud scoring.';
    const result = groundModelProse(judgement, sources);
    expect(result.judgement.alignment.overview).toBe('Built Python services for real-time fraud scoring.');
    expect(result.notes).toEqual([]);
  });
});
