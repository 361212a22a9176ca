import { describe, expect, it } from 'vitest';
import { SEED_JOB, SEED_RESUME } from '../plan/__fixtures__/seed-case.js';
import { planInterview } from '../plan/plan-interview.js';
import { ZTranscript } from '../transcript.js';
import { createInterview } from './create-interview.js';
import { nextStep } from './next-step.js';
import { recordAnswer } from './record-answer.js';
import { toSimpleTranscript } from './to-simple-transcript.js';
import { toTranscript } from './to-transcript.js';

describe('toTranscript', () => {
  const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });

  it('includes answered turns only, with timing, ids and skips', () => {
    let state = createInterview({ plan, now: '2025-03-01T09:00:00.000Z' });
    let step = nextStep(state, { now: '2025-03-01T09:00:00.000Z' });
    if (step.kind !== 'ask') throw new Error('expected a question');
    state = recordAnswer(step.state, { answer: 'pass', answeredAt: '2025-03-01T09:00:04.250Z' });
    step = nextStep(state, { now: '2025-03-01T09:00:05.000Z' });
    if (step.kind !== 'ask') throw new Error('expected a question');

    const transcript = toTranscript(step.state);
    expect(ZTranscript.safeParse(transcript).success).toBe(true);
    expect(transcript).toEqual({
      version: 1,
      turns: [
        {
          id: 'T1',
          type: plan.questions[0]?.type,
          question: plan.questions[0]?.text,
          answer: 'pass',
          questionId: 'Q1',
          requirementIds: plan.questions[0]?.requirementIds,
          claimIds: plan.questions[0]?.claimIds,
          wordedBy: 'rules',
          askedAt: '2025-03-01T09:00:00.000Z',
          answeredAt: '2025-03-01T09:00:04.250Z',
          responseMs: 4250,
          skipped: true,
        },
      ],
    });
    expect(toSimpleTranscript(transcript)).toEqual([
      { type: plan.questions[0]?.type, question: plan.questions[0]?.text, answer: 'pass' },
    ]);
  });
});
