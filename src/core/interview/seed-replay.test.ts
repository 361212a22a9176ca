/**
 * The seed interview's real answers, fed through the real signals (analyzeAnswer) and the
 * follow-up policy: the probing ladder the seed interviewer climbed, decided by Candor.
 */
import { describe, expect, it } from 'vitest';
import { SEED_JOB, SEED_RESUME, SEED_TRANSCRIPT } from '../plan/__fixtures__/seed-case.js';
import type { TInterviewPlan } from '../plan/interview-plan.js';
import { planInterview } from '../plan/plan-interview.js';
import { analyzeAnswer } from '../signals/analyze-answer.js';
import { ZTranscript } from '../transcript.js';
import { createInterview } from './create-interview.js';
import { decideFollowUp } from './decide-follow-up.js';
import type { TInterviewState } from './interview-state.js';
import { nextStep } from './next-step.js';
import { recordAnswer } from './record-answer.js';
import { toSimpleTranscript } from './to-simple-transcript.js';
import { toTranscript } from './to-transcript.js';

const START = Date.parse('2025-03-01T09:00:00.000Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

const SEED_ANSWERS = SEED_TRANSCRIPT.map((entry) => entry.answer as string);
const SEED_TOPIC = 'optimizing a generative model for deployment in a resource-constrained environment';

/** The default seed plan with the seed interviewer's first question as Q1, and room for four probes. */
function seedPlan(): TInterviewPlan {
  const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
  const [first, ...rest] = plan.questions;
  if (first === undefined) throw new Error('empty plan');
  return {
    ...plan,
    budget: { ...plan.budget, maxProbesPerQuestion: 4 },
    questions: [
      { ...first, type: 'JD', text: SEED_TRANSCRIPT[0].question, topic: SEED_TOPIC, requirementIds: ['R6'] },
      ...rest,
    ],
  };
}

/** Replays the seed answers in order, one a minute, through nextStep and recordAnswer (real signals). */
function replay(count: number): { state: TInterviewState; questions: string[] } {
  let state = createInterview({ plan: seedPlan(), now: at(0) });
  const questions: string[] = [];
  for (const [index, answer] of SEED_ANSWERS.slice(0, count).entries()) {
    const step = nextStep(state, { now: at(index) });
    if (step.kind !== 'ask') throw new Error('expected a question');
    questions.push(step.turn.question);
    state = recordAnswer(step.state, { answer, answeredAt: at(index + 0.5) });
  }
  return { state, questions };
}

function nextQuestion(state: TInterviewState, minute: number) {
  const step = nextStep(state, { now: at(minute) });
  if (step.kind !== 'ask') throw new Error('expected a question');
  return step.turn;
}

describe('replaying the seed interview', () => {
  it('"i dont know how" gets a broader non_answer follow-up on the same topic', () => {
    const { state } = replay(1);
    const probe = nextQuestion(state, 1);
    expect(probe).toMatchObject({
      type: 'Follow-up',
      followUpReason: 'non_answer',
      followUpOf: 'T1',
      questionId: 'Q1',
    });
    expect(probe.question).toBe(
      `That's all right. Can you describe any general approaches to ${SEED_TOPIC}, even if you haven't done it yourself?`,
    );
  });

  it('"im not sure but i did use GEnai" gets a request for the techniques the candidate used', () => {
    const { state } = replay(2);
    const probe = nextQuestion(state, 2);
    expect(probe.followUpReason).toBe('vague');
    expect(probe.followUpOf).toBe('T2');
    expect(probe.question).toMatch(/^Can you describe any techniques you've used yourself for /);
  });

  it('the general statement about context size gets a request for a specific example and its quantified impact', () => {
    const { state } = replay(4);
    expect(state.turns.map((turn) => turn.followUpReason)).toEqual([
      undefined,
      'non_answer',
      'vague',
      'vague',
    ]);
    const probe = nextQuestion(state, 4);
    expect(probe.followUpReason).toBe('vague');
    expect(probe.question).toMatch(/specific example/);
    expect(probe.question).toMatch(/quantify/);
  });

  it('the same general statement as a first answer gets the same request', () => {
    const plan = seedPlan();
    const state = createInterview({ plan, now: at(0) });
    const step = nextStep(state, { now: at(0) });
    if (step.kind !== 'ask') throw new Error('expected a question');
    const answered = recordAnswer(step.state, { answer: SEED_ANSWERS[3] as string, answeredAt: at(1) });
    const probe = nextQuestion(answered, 1);
    expect(probe.question).toBe(
      `Can you give a specific example from your own work on ${SEED_TOPIC}, and quantify the impact if you can?`,
    );
  });

  it('the hypothetical example without numbers gets a request for measurable impact', () => {
    const signals = analyzeAnswer({
      turn: 5,
      turnId: 'T5',
      question: SEED_TRANSCRIPT[4].question,
      answer: SEED_ANSWERS[4] as string,
      topicText: '',
    });
    expect(
      decideFollowUp({
        questionType: 'JD',
        signals,
        previousProbes: [{ reason: 'non_answer' }, { reason: 'vague', tentative: true }],
        maxProbes: 4,
      }),
    ).toEqual({ action: 'follow_up', reason: 'no_impact' });
  });

  it('stops at the probe limit and moves on to the next plan question', () => {
    const { state } = replay(5);
    expect(state.turns.at(-1)?.decision).toEqual({ action: 'move_on', why: 'probe_limit' });
    expect(nextQuestion(state, 5).questionId).toBe('Q2');
  });

  it('produces a transcript in Candor form and in the seed’s simple form', () => {
    const { state, questions } = replay(5);
    const transcript = ZTranscript.parse(toTranscript(state));
    expect(transcript.turns).toHaveLength(5);
    expect(transcript.turns[1]).toMatchObject({
      id: 'T2',
      type: 'Follow-up',
      questionId: 'Q1',
      requirementIds: ['R6'],
      followUpOf: 'T1',
      followUpReason: 'non_answer',
      wordedBy: 'rules',
      askedAt: at(1),
      answeredAt: at(1.5),
      responseMs: 30_000,
    });
    expect(toSimpleTranscript(transcript)).toEqual(
      SEED_ANSWERS.map((answer, index) => ({
        type: index === 0 ? 'JD' : 'Follow-up',
        question: questions[index],
        answer,
      })),
    );
  });
});
