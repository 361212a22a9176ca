import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJobText } from '../ingest/parse-job-text.js';
import { parseResumeText } from '../ingest/parse-resume-text.js';
import { planInterview } from '../plan/plan-interview.js';
import { makeSignals } from './__fixtures__/signals.js';
import { createInterview } from './create-interview.js';
import { decideFollowUp } from './decide-follow-up.js';
import type { TInterviewState } from './interview-state.js';
import { nextStep } from './next-step.js';
import { recordAnswer } from './record-answer.js';
import { wordFollowUp } from './word-follow-up.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/documents/${name}`, import.meta.url), 'utf8');
const NURSE_JOB = parseJobText(fixture('job-nurse.md'));
const NURSE_RESUME = parseResumeText(fixture('resume-nurse.md'));
const START = Date.parse('2026-11-30T21:00:00.000Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

/** A candidate who says little: the same kinds of answers a weak candidate gave in the issue. */
const VAGUE_ANSWERS = [
  'I did a lot of that on my floor, it was part of the job.',
  'Yeah, I always tried to do my best with it.',
  'havent really done that tbh',
  'It went fine, everyone was happy.',
  'We worked as a team on it.',
  'I think so, mostly.',
];

/** Runs a whole interview with the real answer reader, answering in turn from `answers`. */
function runInterview(answers: readonly string[]): TInterviewState {
  const plan = planInterview({ job: NURSE_JOB, resume: NURSE_RESUME });
  let state = createInterview({ plan, now: at(0) });
  for (let index = 0; index < 60; index++) {
    const step = nextStep(state, { now: at(index * 0.4) });
    if (step.kind === 'done') return state;
    state = recordAnswer(step.state, {
      answer: answers[index % answers.length] ?? '',
      answeredAt: at(index * 0.4 + 0.2),
    });
    if (state.status === 'completed') return state;
  }
  throw new Error('the interview did not end');
}

describe('probes that fit the job', () => {
  const state = runInterview(VAGUE_ANSWERS);
  const probes = state.turns.filter((turn) => turn.type === 'Follow-up');

  it('never asks the same probe twice in an interview', () => {
    const texts = state.turns.map((turn) => turn.question);
    expect(probes.length).toBeGreaterThan(3);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('keeps to the probe limit of each question', () => {
    const perQuestion = new Map<string, number>();
    for (const probe of probes)
      perQuestion.set(probe.questionId ?? '', (perQuestion.get(probe.questionId ?? '') ?? 0) + 1);
    for (const count of perQuestion.values())
      expect(count).toBeLessThanOrEqual(state.plan.budget.maxProbesPerQuestion);
  });

  it('uses no wording from software work with a nurse', () => {
    for (const turn of state.turns) {
      expect(turn.question).not.toMatch(
        /\b(?:latency|users|deploy\w*|build|built|project|libraries|codebase)\b/i,
      );
    }
  });

  it('answers an honest "I haven\'t" with what comes closest, never a request for impact', () => {
    const denials = state.turns.filter((turn) => turn.answer === 'havent really done that tbh');
    const probed = denials.filter((turn) => turn.decision?.action === 'follow_up');
    expect(probed.length).toBeGreaterThan(0);
    for (const denial of probed) {
      expect(denial.decision).toEqual({ action: 'follow_up', reason: 'no_experience' });
      const index = state.turns.indexOf(denial);
      expect(state.turns[index + 1]?.followUpReason).toBe('no_experience');
      for (const turn of state.turns.slice(index + 1)) {
        if (turn.questionId !== denial.questionId) break;
        expect(turn.followUpReason).not.toBe('no_impact');
      }
    }
  });

  it("asks for impact in the job's own terms", () => {
    const plan = state.plan;
    expect(plan.impact).toEqual({ measures: ['safety incidents'], people: 'patients' });
    const question = plan.questions[0];
    if (question === undefined) throw new Error('no question');
    expect(wordFollowUp({ reason: 'no_impact', plan, question, variant: 0, isTentative: false })).toBe(
      'What was the measurable impact for your patients? Can you quantify it, for example in safety incidents?',
    );
  });

  it('takes a plain "no" to a licence question as its answer', () => {
    const signals = makeSignals({
      stance: 'negative',
      negations: ['No, not yet.'],
      gaveExample: false,
      quantified: false,
    });
    expect(
      decideFollowUp({ questionType: 'JD', signals, previousProbes: [], maxProbes: 2, asksForStatus: true }),
    ).toEqual({ action: 'move_on', why: 'adequate' });
    expect(decideFollowUp({ questionType: 'JD', signals, previousProbes: [], maxProbes: 2 })).toEqual({
      action: 'follow_up',
      reason: 'no_experience',
    });
    expect(
      decideFollowUp({
        questionType: 'JD',
        signals,
        previousProbes: [{ reason: 'no_experience' }],
        maxProbes: 2,
      }),
    ).toEqual({ action: 'move_on', why: 'no_experience' });
  });

  it('does not call an answer in another language off topic', () => {
    const spanish = makeSignals({
      language: 'es',
      languageName: 'Spanish',
      isFullyRead: false,
      relevance: 0,
      wordCount: 20,
      gaveExample: false,
      hedges: [],
    });
    const english = { ...spanish, language: 'en', languageName: 'English', isFullyRead: true };
    expect(
      decideFollowUp({ questionType: 'JD', signals: english, previousProbes: [], maxProbes: 2 }),
    ).toEqual({
      action: 'follow_up',
      reason: 'off_topic',
    });
    expect(
      decideFollowUp({ questionType: 'JD', signals: spanish, previousProbes: [], maxProbes: 2 }),
    ).not.toEqual({
      action: 'follow_up',
      reason: 'off_topic',
    });
    expect(
      decideFollowUp({
        questionType: 'JD',
        signals: english,
        previousProbes: [],
        maxProbes: 2,
        language: 'es',
      }),
    ).not.toEqual({ action: 'follow_up', reason: 'off_topic' });
  });
});
