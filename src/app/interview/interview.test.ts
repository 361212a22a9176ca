/**
 * The interview use cases on a real SQLite file: what is stored when, each follow-up rule as the
 * shells will drive it, the probe limit, skips, the time budget, restarts, and the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZEvaluation } from '../../core/evaluation.js';
import type { TInterviewState } from '../../core/interview/interview-state.js';
import type { TInterviewPlan } from '../../core/plan/interview-plan.js';
import { ZSimpleTranscriptEntry, ZTranscript } from '../../core/transcript.js';
import { loadJob } from '../load-job.js';
import { loadResume } from '../load-resume.js';
import {
  createClock,
  openTestDatabase,
  planOpeningWith,
  SEED_JOB,
  SEED_RESUME,
  type TTestDatabase,
} from './__fixtures__/interview-fixtures.js';
import { askNextQuestion } from './ask-next-question.js';
import { finishInterview } from './finish-interview.js';
import { startInterview } from './start-interview.js';
import { submitAnswer } from './submit-answer.js';

const seedCase = fileURLToPath(new URL('../../../test/fixtures/cases/seed-genai-engineer/', import.meta.url));
const STRONG =
  'I deployed a PyTorch model to production on SageMaker and cut p95 latency by 40% for 2 million users.';

let test: TTestDatabase;
let clock: ReturnType<typeof createClock>;

beforeEach(async () => {
  test = await openTestDatabase();
  clock = createClock();
});
afterEach(async () => {
  await test.cleanUp();
});

async function start(plan?: TInterviewPlan) {
  return startInterview({
    store: test.store,
    job: SEED_JOB,
    resume: SEED_RESUME,
    ...(plan === undefined ? {} : { plan }),
    now: clock.now,
  });
}

async function ask(sessionId: string) {
  const step = await askNextQuestion({ store: test.store, sessionId, now: clock.now });
  if (step.kind !== 'ask') throw new Error('expected a question');
  return step;
}

async function answer(sessionId: string, text: string) {
  clock.advance(0.5);
  const result = await submitAnswer({
    store: test.store,
    sessionId,
    reply: { kind: 'answer', text },
    now: clock.now,
  });
  clock.advance(0.5);
  return result;
}

/** Reads the session through a second connection, as another process would see it. */
async function storedState(sessionId: string): Promise<TInterviewState> {
  const other = await test.reopen();
  try {
    return (await other.store.get(sessionId)).state;
  } finally {
    await other.close();
  }
}

describe('startInterview, askNextQuestion and submitAnswer', () => {
  it('stores each question before returning it, and each answer before the next question is asked', async () => {
    const session = await start();
    expect(session.status).toBe('in_progress');
    expect((await storedState(session.id)).turns).toEqual([]);

    const first = await ask(session.id);
    expect(first).toMatchObject({ isRepeat: false, wording: { by: 'rules' } });
    expect(first.turn).toMatchObject({ id: 'T1', type: 'JD', questionId: 'Q1', wordedBy: 'rules' });
    expect(first.progress).toMatchObject({
      questionNumber: 1,
      questionCount: 7,
      isClosing: false,
      minutesLeft: 25,
    });
    expect((await storedState(session.id)).turns).toEqual([first.turn]);

    const submitted = await answer(session.id, 'i dont know how');
    expect(submitted.turn.decision).toEqual({ action: 'follow_up', reason: 'non_answer' });
    const afterAnswer = await storedState(session.id);
    expect(afterAnswer.turns).toHaveLength(1);
    expect(afterAnswer.turns[0]?.answer).toBe('i dont know how');
  });

  it('plans the interview itself when no plan is given, with the budget asked for', async () => {
    const session = await startInterview({
      store: test.store,
      job: SEED_JOB,
      resume: SEED_RESUME,
      budget: { maxQuestions: 3, minutes: 15 },
      now: clock.now,
    });
    expect(session.plan.questions).toHaveLength(3);
    expect(session.plan.budget).toMatchObject({ maxQuestions: 3, minutes: 15 });
    expect(session.state.startedAt).toBe(clock.now());
  });

  it('shows the waiting question again after a restart, storing nothing new', async () => {
    const session = await start();
    const first = await ask(session.id);
    clock.advance(3);
    const again = await askNextQuestion({ store: test.store, sessionId: session.id, now: clock.now });
    expect(again).toMatchObject({ kind: 'ask', isRepeat: true, turn: first.turn });
    expect((await storedState(session.id)).turns).toHaveLength(1);
  });

  it.each([
    {
      reason: 'non_answer',
      type: 'JD' as const,
      answer: 'i dont know how',
      question: /^That's all right\./,
    },
    {
      reason: 'vague',
      type: 'JD' as const,
      answer: 'im not sure but i did use GEnai',
      question: /techniques|concrete piece of work|built or changed/,
    },
    {
      reason: 'no_impact',
      type: 'JD' as const,
      answer:
        'At my last job I deployed a PyTorch model to production on SageMaker and set up the monitoring myself.',
      question: /measurable impact/,
    },
    {
      reason: 'off_topic',
      type: 'JD' as const,
      answer:
        'My favourite hobby is sailing on weekends with my family near the lake and cooking dinner for friends afterwards.',
      question: /^(Let me put that another way|To be clear)/,
    },
    {
      reason: 'elaborate',
      type: 'Situational' as const,
      answer:
        'At my last job I deployed a PyTorch model to production on SageMaker and set up the monitoring myself.',
      question: /elaborate on how you used PyTorch/,
    },
  ])('asks a $reason follow-up, recording which turn it probes and why', async (rule) => {
    const session = await start(planOpeningWith(rule.type));
    const first = await ask(session.id);
    await answer(session.id, rule.answer);
    const probe = await ask(session.id);
    expect(probe.turn).toMatchObject({
      id: 'T2',
      type: 'Follow-up',
      questionId: first.turn.questionId,
      followUpOf: 'T1',
      followUpReason: rule.reason,
      wordedBy: 'rules',
    });
    expect(probe.turn.question).toMatch(rule.question);
    expect(probe.progress).toMatchObject({ questionNumber: 1, followUpNumber: 1 });
    expect((await storedState(session.id)).turns[1]?.followUpReason).toBe(rule.reason);
  });

  it('moves on after a strong answer', async () => {
    const session = await start();
    await ask(session.id);
    const submitted = await answer(session.id, STRONG);
    expect(submitted.turn.decision).toEqual({ action: 'move_on', why: 'strong' });
    expect((await ask(session.id)).turn).toMatchObject({
      questionId: 'Q2',
      type: expect.not.stringMatching('Follow-up'),
    });
  });

  it('stops at the probe limit and moves on to the next plan question', async () => {
    const session = await start(planOpeningWith('JD', 2));
    await ask(session.id);
    await answer(session.id, 'i dont know how');
    expect((await ask(session.id)).turn.followUpReason).toBe('non_answer');
    await answer(session.id, 'im not sure but i did use GEnai');
    expect((await ask(session.id)).turn.followUpReason).toBe('vague');
    const third = await answer(session.id, 'We usually try to make models faster and smaller, it depends.');
    expect(third.turn.decision).toEqual({ action: 'move_on', why: 'probe_limit' });
    const next = await ask(session.id);
    expect(next.turn).toMatchObject({ questionId: 'Q2' });
    expect(next.turn.followUpReason).toBeUndefined();
    expect(next.progress).toMatchObject({ questionNumber: 2 });
  });

  it('moves on without probing when the candidate skips, and records the skip', async () => {
    const session = await start();
    await ask(session.id);
    const skipped = await answer(session.id, 'skip');
    expect(skipped.turn).toMatchObject({
      answer: 'skip',
      skipped: true,
      decision: { action: 'move_on', why: 'skipped' },
    });
    expect((await ask(session.id)).turn.questionId).toBe('Q2');
  });

  it('counts an empty answer as no answer and asks something broader', async () => {
    const session = await start();
    await ask(session.id);
    const empty = await answer(session.id, '   ');
    expect(empty.turn.answer).toBe('');
    expect(empty.turn.decision).toMatchObject({ action: 'follow_up', reason: 'non_answer' });
  });

  it('keeps to the time budget: warns once, then goes to the closing question when time is up', async () => {
    const session = await start();
    await ask(session.id);
    clock.at(20.5);
    await answer(session.id, STRONG);
    const warned = await ask(session.id);
    expect(warned.timeWarning).toBe('4 minutes left');
    expect(warned.progress.minutesLeft).toBe(4);
    clock.at(22);
    await answer(session.id, STRONG);
    const later = await ask(session.id);
    expect(later.timeWarning).toBeUndefined();
    expect(later.turn.type).not.toBe('Closing');
    clock.at(26);
    await answer(session.id, 'i dont know how');
    const closing = await ask(session.id);
    expect(closing.turn.type).toBe('Closing');
    expect(closing.progress).toMatchObject({ isClosing: true, minutesLeft: 0 });
    // The probe the non-answer earned was dropped for lack of time, and the reason kept.
    const state = await storedState(session.id);
    expect(state.turns.at(-2)?.decision).toEqual({ action: 'move_on', why: 'out_of_time' });
    await answer(session.id, 'No questions, thanks.');
    const done = await askNextQuestion({ store: test.store, sessionId: session.id, now: clock.now });
    expect(done.kind).toBe('done');
  });

  it('refuses answers it cannot take: unknown session, stale turn, finished interview, too long', async () => {
    await expect(
      submitAnswer({ store: test.store, sessionId: 'no-such-session', reply: { kind: 'answer', text: 'x' } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const session = await start();
    await expect(
      submitAnswer({ store: test.store, sessionId: session.id, reply: { kind: 'answer', text: 'x' } }),
    ).rejects.toMatchObject({
      code: 'invalid_argument',
    });
    await ask(session.id);
    await expect(
      submitAnswer({
        store: test.store,
        sessionId: session.id,
        reply: { kind: 'answer', text: 'x' },
        turnId: 'T7',
      }),
    ).rejects.toMatchObject({ code: 'invalid_argument', location: 'turnId' });
    await expect(
      submitAnswer({
        store: test.store,
        sessionId: session.id,
        reply: { kind: 'answer', text: 'x'.repeat(20_001) },
      }),
    ).rejects.toMatchObject({ code: 'invalid_argument', location: 'answer' });
    expect((await storedState(session.id)).turns[0]?.answer).toBeUndefined();
  });
});

describe('finishInterview', () => {
  it('refuses to evaluate an interview that is not finished', async () => {
    const session = await start();
    await ask(session.id);
    await expect(
      finishInterview({ store: test.store, sessionId: session.id, outDir: join(test.directory, 'reports') }),
    ).rejects.toMatchObject({ code: 'invalid_argument' });
  });

  it('replays the seed answers to the seed conclusions, and saves the transcript and report', async () => {
    const { job } = await loadJob(join(seedCase, 'job.md'));
    const { resume } = await loadResume(join(seedCase, 'resume.md'));
    const seed = JSON.parse(readFileSync(join(seedCase, 'transcript.json'), 'utf8')) as {
      question: string;
      answer: string;
    }[];
    // The seed interviewer's opening question on the compression requirement, with room for four probes.
    const session = await startInterview({ store: test.store, job, resume, now: clock.now });
    const planned = session.plan.questions.find((question) => question.requirementIds.includes('R2'));
    if (planned === undefined) throw new Error('the seed plan has no question on R2');
    const plan: TInterviewPlan = {
      ...session.plan,
      budget: { ...session.plan.budget, maxProbesPerQuestion: 4 },
      questions: [
        {
          ...planned,
          id: 'Q1',
          type: 'JD',
          text: seed[0]?.question as string,
          topic: 'optimizing a generative model for deployment in a resource-constrained environment',
          requirementIds: ['R2'],
        },
      ],
    };
    const replay = await startInterview({ store: test.store, job, resume, plan, now: clock.now });
    for (const entry of [...seed, { answer: 'No questions, thank you.' }]) {
      await ask(replay.id);
      await answer(replay.id, entry.answer);
    }

    const outDir = join(test.directory, 'reports');
    const finished = await finishInterview({
      store: test.store,
      sessionId: replay.id,
      outDir,
      format: 'html',
      notes: ['A note about how the interview ran.'],
    });
    expect(finished.directory).toBe(join(outDir, replay.id));
    expect(finished.reportPath).toBe(join(outDir, replay.id, 'report.html'));
    for (const path of Object.values(finished.files)) expect(existsSync(path)).toBe(true);

    const transcript = JSON.parse(readFileSync(finished.files.transcript, 'utf8'));
    expect(ZTranscript.parse(transcript).turns.map((turn) => turn.followUpReason ?? turn.type)).toEqual([
      'JD',
      'non_answer',
      'vague',
      'vague',
      'vague',
      'Closing',
    ]);
    expect(transcript.notes).toEqual(['A note about how the interview ran.']);
    const simple = JSON.parse(readFileSync(finished.files.simpleTranscript, 'utf8')) as unknown[];
    expect(simple.map((entry) => ZSimpleTranscriptEntry.parse(entry).answer)).toEqual([
      ...seed.map((entry) => entry.answer),
      'No questions, thank you.',
    ]);

    const evaluation = ZEvaluation.parse(JSON.parse(readFileSync(finished.files.json, 'utf8')));
    expect(evaluation.recommendation).toBe('Do Not Recommend');
    expect(evaluation.redFlags.map((flag) => flag.kind)).toContain('resume_discrepancy');
    expect(evaluation.answers[0]?.verdict).toBe('non_answer');
    expect(evaluation.notes).toContain('A note about how the interview ran.');
    expect(readFileSync(finished.files.markdown, 'utf8')).toContain('Do Not Recommend');

    const stored = await test.store.get(replay.id);
    expect(stored).toMatchObject({ status: 'evaluated', reportPath: finished.reportPath });
    expect(stored.report?.recommendation).toBe('Do Not Recommend');
  });
});
