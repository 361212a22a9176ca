import { describe, expect, it } from 'vitest';
import { SEED_JOB, SEED_RESUME } from '../plan/__fixtures__/seed-case.js';
import { planInterview } from '../plan/plan-interview.js';
import { createInterview } from './create-interview.js';
import { describeAskedQuestions } from './describe-asked-questions.js';
import { nextStep } from './next-step.js';
import { recordAnswer } from './record-answer.js';

describe('describeAskedQuestions', () => {
  it("lists what the candidate got: the planned question, the follow-up and why, and each answer's language", () => {
    let state = createInterview({
      plan: planInterview({ job: SEED_JOB, resume: SEED_RESUME }),
      now: '2026-01-01T10:00:00.000Z',
    });
    const ask = (answer: string, minute: number) => {
      const step = nextStep(state, { now: `2026-01-01T10:0${minute}:00.000Z` });
      if (step.kind !== 'ask') throw new Error('expected a question');
      state = recordAnswer(step.state, { answer, answeredAt: `2026-01-01T10:0${minute}:30.000Z` });
    };
    ask('i dont know', 1);
    ask(
      'No he trabajado nunca con eso, pero en la universidad hice un proyecto parecido con redes neuronales.',
      2,
    );
    const asked = describeAskedQuestions(state);
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatchObject({ turnId: 'T1', questionId: 'Q1', answerLanguage: { code: 'en' } });
    expect(asked[0]?.why).toMatch(/^Planned \w+ question testing R\d/);
    expect(asked[0]?.afterAnswer).toBe('A follow-up was asked.');
    expect(asked[1]).toMatchObject({ type: 'Follow-up', answerLanguage: { code: 'es', name: 'Spanish' } });
    expect(asked[1]?.why).toMatch(/^Follow-up: the answer was a non-answer/);
  });
});
