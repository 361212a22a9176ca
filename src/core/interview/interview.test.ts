import { describe, expect, it } from 'vitest';
import { CandorError } from '../candor-error.js';
import { SEED_JOB, SEED_RESUME } from '../plan/__fixtures__/seed-case.js';
import type { TInterviewPlan } from '../plan/interview-plan.js';
import { planInterview } from '../plan/plan-interview.js';
import type { TAnswerSignals } from '../signals/signals.js';
import { makeSignals } from './__fixtures__/signals.js';
import { createInterview } from './create-interview.js';
import { decideNextStep } from './decide-next-step.js';
import { type TInterviewState, ZInterviewState } from './interview-state.js';
import { nextStep } from './next-step.js';
import { recordAnswer } from './record-answer.js';

const START = Date.parse('2025-03-01T09:00:00.000Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();
const plan: TInterviewPlan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });

const STRONG = makeSignals({ specificity: 0.9, gaveExample: true, quantified: true });
const NON_ANSWER = makeSignals({
  isNonAnswer: true,
  specificity: 0,
  relevance: 0,
  addressesQuestion: false,
  wordCount: 3,
});

/** Asks the next question at `minute` and answers it half a minute later. */
function turn(state: TInterviewState, answer: string, minute: number, signals?: TAnswerSignals) {
  const step = nextStep(state, { now: at(minute) });
  if (step.kind !== 'ask') throw new Error('expected a question');
  const next = recordAnswer(step.state, {
    answer,
    answeredAt: at(minute + 0.5),
    ...(signals ? { signals } : {}),
  });
  return { step, state: next };
}

function start(customPlan: TInterviewPlan = plan) {
  return createInterview({ plan: customPlan, now: at(0) });
}

describe('an interview, turn by turn', () => {
  it('starts with the first plan question, as planned', () => {
    const step = nextStep(start(), { now: at(0) });
    expect(step.kind).toBe('ask');
    if (step.kind !== 'ask') return;
    const q1 = plan.questions[0];
    expect(step.turn).toEqual({
      id: 'T1',
      type: q1?.type,
      question: q1?.text,
      questionId: 'Q1',
      requirementIds: q1?.requirementIds,
      claimIds: q1?.claimIds,
      wordedBy: 'rules',
      askedAt: at(0),
    });
    expect(step.isRepeat).toBe(false);
    expect(step.timeWarning).toBeUndefined();
  });

  it('shows a pending question again after a restart instead of deciding anew', () => {
    const first = nextStep(start(), { now: at(0) });
    if (first.kind !== 'ask') throw new Error('expected a question');
    const reloaded = ZInterviewState.parse(JSON.parse(JSON.stringify(first.state)));
    const again = nextStep(reloaded, { now: at(3) });
    expect(again.kind === 'ask' && again.turn).toEqual(first.turn);
    expect(again.kind === 'ask' && again.isRepeat).toBe(true);
  });

  it('keeps the state plain JSON after every turn', () => {
    let state = start();
    for (const [index, answer] of ['i dont know how', 'not sure', 'I built things'].entries()) {
      state = turn(state, answer, index).state;
      expect(ZInterviewState.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
    }
  });

  it('follows up on a non-answer, recording which turn it probes and why', () => {
    const { state } = turn(start(), 'i dont know how', 0, NON_ANSWER);
    expect(state.turns[0]?.decision).toEqual({ action: 'follow_up', reason: 'non_answer' });
    const step = nextStep(state, { now: at(1) });
    if (step.kind !== 'ask') throw new Error('expected a follow-up');
    expect(step.turn).toMatchObject({
      id: 'T2',
      type: 'Follow-up',
      questionId: 'Q1',
      requirementIds: plan.questions[0]?.requirementIds,
      followUpOf: 'T1',
      followUpReason: 'non_answer',
      wordedBy: 'rules',
    });
    expect(step.turn.question).toMatch(/general approaches to/);
  });

  it('moves on to the next plan question after a strong answer', () => {
    const { state } = turn(start(), 'a strong answer', 0, STRONG);
    const step = nextStep(state, { now: at(1) });
    expect(step.kind === 'ask' && step.turn.questionId).toBe('Q2');
    expect(step.kind === 'ask' && step.turn.type).toBe(plan.questions[1]?.type);
  });

  it('stops probing at maxProbesPerQuestion', () => {
    const vague = makeSignals({ specificity: 0.1 });
    let state = start();
    for (let index = 0; index < 3; index++) state = turn(state, 'something general', index, vague).state;
    expect(state.turns.map((t) => t.type)).toEqual([plan.questions[0]?.type, 'Follow-up', 'Follow-up']);
    expect(state.turns[2]?.decision).toEqual({ action: 'move_on', why: 'probe_limit' });
    const step = nextStep(state, { now: at(3) });
    expect(step.kind === 'ask' && step.turn.questionId).toBe('Q2');
    expect(step.kind === 'ask' && step.turn.type).not.toBe('Follow-up');
  });

  it('never repeats a follow-up word for word', () => {
    const vague = makeSignals({ specificity: 0.1 });
    const roomy = { ...plan, budget: { ...plan.budget, maxProbesPerQuestion: 4 } };
    let state = start(roomy);
    for (let index = 0; index < 5; index++) state = turn(state, 'something general', index, vague).state;
    const questions = state.turns.map((t) => t.question);
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('moves on without probing when the candidate says "pass", but not for "passionate"', () => {
    const skipped = turn(start(), 'pass', 0).state;
    expect(skipped.turns[0]?.skipped).toBe(true);
    expect(skipped.turns[0]?.decision).toEqual({ action: 'move_on', why: 'skipped' });
    const afterSkip = nextStep(skipped, { now: at(1) });
    expect(afterSkip.kind === 'ask' && afterSkip.turn.questionId).toBe('Q2');

    const passionate = turn(start(), "I'm passionate about it", 0).state;
    expect(passionate.turns[0]?.skipped).toBeUndefined();
    const probe = nextStep(passionate, { now: at(1) });
    expect(probe.kind === 'ask' && probe.turn.type).toBe('Follow-up');
  });

  it('treats "skip this one" as a skip and "bypass" as an answer', () => {
    expect(turn(start(), 'skip this one please', 0).state.turns[0]?.decision).toEqual({
      action: 'move_on',
      why: 'skipped',
    });
    expect(turn(start(), 'We built a bypass', 0).state.turns[0]?.skipped).toBeUndefined();
  });

  it('asks the closing question after the last plan question, then is done', () => {
    let state = start();
    for (let index = 0; index < plan.questions.length; index++)
      state = turn(state, 'strong', index, STRONG).state;
    const closing = nextStep(state, { now: at(10) });
    if (closing.kind !== 'ask') throw new Error('expected the closing question');
    expect(closing.turn).toMatchObject({
      type: 'Closing',
      question: 'Do you have any questions for us about the role or the team?',
      requirementIds: [],
      claimIds: [],
    });
    expect(closing.turn.questionId).toBeUndefined();
    const finished = recordAnswer(closing.state, {
      answer: 'What does the team ship next?',
      answeredAt: at(11),
    });
    expect(finished.status).toBe('completed');
    expect(finished.completedAt).toBe(at(11));
    expect(finished.turns.at(-1)?.decision).toEqual({ action: 'move_on', why: 'closing' });
    expect(nextStep(finished, { now: at(12) }).kind).toBe('done');
    expect(() => recordAnswer(finished, { answer: 'more', answeredAt: at(12) })).toThrow(/already completed/);
  });

  it('refuses an answer when no question is waiting', () => {
    const attempt = () => recordAnswer(start(), { answer: 'hello', answeredAt: at(0) });
    expect(attempt).toThrow(CandorError);
    expect(attempt).toThrow(/No question is waiting/);
  });

  it('rejects a time that is not ISO 8601', () => {
    expect(() => createInterview({ plan, now: 'yesterday' })).toThrow(/now must be an ISO 8601 time/);
    expect(() => nextStep(start(), { now: 'soon' })).toThrow(CandorError);
  });
});

describe('the time budget', () => {
  it('warns once when five minutes are left', () => {
    let state = start();
    state = turn(state, 'strong', 0, STRONG).state;
    const early = nextStep(state, { now: at(19) });
    expect(early.kind === 'ask' && early.timeWarning).toBeUndefined();
    state = recordAnswer((early as { state: TInterviewState }).state, {
      answer: 'x',
      answeredAt: at(19.5),
      signals: STRONG,
    });
    const warned = nextStep(state, { now: at(20.5) });
    expect(warned.kind === 'ask' && warned.timeWarning).toBe('5 minutes left');
    expect(warned.state.timeWarningGiven).toBe(true);
    state = recordAnswer(warned.state, { answer: 'x', answeredAt: at(21), signals: STRONG });
    const later = nextStep(state, { now: at(22) });
    expect(later.kind === 'ask' && later.timeWarning).toBeUndefined();
  });

  it('stops asking plan questions when the time is up and goes to the closing question', () => {
    const state = turn(start(), 'strong', 0, STRONG).state;
    const step = nextStep(state, { now: at(25) });
    if (step.kind !== 'ask') throw new Error('expected the closing question');
    expect(step.turn.type).toBe('Closing');
    expect(step.timeWarning).toBe('Time is up: this is the last question');
  });

  it('drops a due probe when the time is up, and records why', () => {
    const state = turn(start(), 'i dont know', 24, NON_ANSWER).state;
    expect(state.turns[0]?.decision).toEqual({ action: 'follow_up', reason: 'non_answer' });
    const step = nextStep(state, { now: at(25.5) });
    if (step.kind !== 'ask') throw new Error('expected the closing question');
    expect(step.turn.type).toBe('Closing');
    expect(step.state.turns[0]?.decision).toEqual({ action: 'move_on', why: 'out_of_time' });
  });

  it('drops a probe that would eat the time the remaining must-have questions need', () => {
    const state = turn(start(), 'i dont know', 0, NON_ANSWER).state;
    // 12 minutes in, with must-have questions Q2… still unasked: no time for probing Q1.
    const step = nextStep(state, { now: at(12) });
    if (step.kind !== 'ask') throw new Error('expected a question');
    expect(step.turn.questionId).toBe('Q2');
    expect(step.state.turns[0]?.decision).toEqual({ action: 'move_on', why: 'saving_time_for_must_haves' });
    // On schedule, the same state gets its probe.
    const onTime = nextStep(state, { now: at(1) });
    expect(onTime.kind === 'ask' && onTime.turn.followUpReason).toBe('non_answer');
  });
});

describe('wording by a model', () => {
  it('keeps the policy decision and records who worded the question', () => {
    const state = turn(start(), 'i dont know how', 0, NON_ANSWER).state;
    const decision = decideNextStep(state, { now: at(1) });
    expect(decision.kind).toBe('ask');
    if (decision.kind !== 'ask') return;
    expect(decision.ask).toMatchObject({
      purpose: 'follow_up',
      followUpReason: 'non_answer',
      followUpOf: 'T1',
    });
    expect(decision.ask.guidance).toMatch(/broader/);

    const worded = 'No worries. What general ways of making models cheaper to run do you know of?';
    const step = nextStep(state, { now: at(1), questionText: worded });
    const byRules = nextStep(state, { now: at(1) });
    if (step.kind !== 'ask' || byRules.kind !== 'ask') throw new Error('expected questions');
    expect(step.turn.question).toBe(worded);
    expect(step.turn.wordedBy).toBe('model');
    expect(byRules.turn.question).toBe(decision.ask.draft);
    expect(byRules.turn.wordedBy).toBe('rules');
    const { question: _a, wordedBy: _b, ...sameDecision } = step.turn;
    const { question: _c, wordedBy: _d, ...rulesDecision } = byRules.turn;
    expect(sameDecision).toEqual(rulesDecision);
  });

  it('ignores an empty model wording', () => {
    const step = nextStep(start(), { now: at(0), questionText: '   ' });
    expect(step.kind === 'ask' && step.turn.wordedBy).toBe('rules');
  });

  it('decides without changing the state, and the same state gives the same step', () => {
    const state = turn(start(), 'i dont know how', 0, NON_ANSWER).state;
    const copy = JSON.parse(JSON.stringify(state));
    const first = nextStep(state, { now: at(1) });
    expect(state).toEqual(copy);
    expect(nextStep(copy, { now: at(1) })).toEqual(first);
  });
});
