/**
 * `candor interview` as a user runs it: the real CLI in a child process, answers piped on stdin,
 * sessions in a SQLite file in a temporary folder. Includes a real SIGKILL between two turns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZEvaluation } from '../../src/core/evaluation.js';
import { parsePlan } from '../../src/core/plan/parse-plan.js';
import { ZSimpleTranscriptEntry, ZTranscript } from '../../src/core/transcript.js';
import { startScriptedOpenAIServer, type TScriptedOpenAIServer } from '../support/scripted-openai-server.js';
import {
  createTemporaryDirectory,
  questionLines,
  readState,
  runCli,
  SEED_CASE,
  SEED_JOB_FILE,
  SEED_RESUME_FILE,
  sessionIdIn,
  startCli,
  waitFor,
  writeState,
} from './cli-process.js';

type TSeedEntry = { type: string; question: string; answer: string };
const SEED: TSeedEntry[] = JSON.parse(readFileSync(join(SEED_CASE, 'transcript.json'), 'utf8'));
const SEED_TOPIC = 'optimizing a generative model for deployment in a resource-constrained environment';

let directory: ReturnType<typeof createTemporaryDirectory>;
let database: string;
let server: TScriptedOpenAIServer | undefined;

beforeEach(() => {
  directory = createTemporaryDirectory('candor-cli-interview-');
  database = join(directory.path, 'db', 'candor.sqlite');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  directory.remove();
});

/** The flags every run gets, so nothing is written outside the temporary folder. */
function storage(): string[] {
  return [
    '--database',
    database,
    '--out-dir',
    join(directory.path, 'reports'),
    '--audit-log',
    join(directory.path, 'audit.jsonl'),
  ];
}

const newInterview = (...extra: string[]) => [
  'interview',
  '--job',
  SEED_JOB_FILE,
  '--resume',
  SEED_RESUME_FILE,
  ...storage(),
  ...extra,
];

const paragraphs = (answers: readonly string[]) => `${answers.join('\n\n')}\n`;

/** `candor plan --out`, edited the way the seed interviewer ran it: their opening question, four probes. */
async function writeSeedPlan(): Promise<string> {
  const planFile = join(directory.path, 'plan.json');
  const planned = await runCli(
    ['plan', '--job', SEED_JOB_FILE, '--resume', SEED_RESUME_FILE, '--out', planFile],
    directory.path,
  );
  expect(planned.code).toBe(0);
  const plan = parsePlan(readFileSync(planFile, 'utf8'));
  const compression = plan.questions.find((question) => question.requirementIds.includes('R2'));
  if (compression === undefined) throw new Error('the seed plan has no question on R2');
  const edited = {
    ...plan,
    budget: { ...plan.budget, maxProbesPerQuestion: 4 },
    questions: [
      {
        ...compression,
        id: 'Q1',
        type: 'JD',
        text: SEED[0]?.question,
        topic: SEED_TOPIC,
        requirementIds: ['R2'],
      },
    ],
  };
  const editedFile = join(directory.path, 'seed-plan.json');
  writeFileSync(editedFile, JSON.stringify(edited, null, 2));
  return editedFile;
}

describe('candor interview', { timeout: 120_000 }, () => {
  it('replays the seed interview: the seed’s kinds of follow-up, then a report with the seed’s conclusions', async () => {
    const planFile = await writeSeedPlan();
    const answers = [...SEED.map((entry) => entry.answer), 'No questions, thank you.'];
    const run = await runCli(newInterview('--plan', planFile), directory.path, paragraphs(answers));
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(run.code).toBe(0);

    const questions = questionLines(run.stdout);
    expect(questions[0]).toBe(SEED[0]?.question);
    // After "i dont know how": something broader on the same topic.
    expect(questions[1]).toBe(
      `That's all right. Can you describe any general approaches to ${SEED_TOPIC}, even if you haven't done it yourself?`,
    );
    // After "not sure but I used GenAI": the techniques they used; then a specific example, quantified.
    expect(questions[2]).toMatch(/^Can you describe any techniques you've used yourself/);
    expect(questions[4]).toMatch(/specific example.*quantify/);
    expect(questions[5]).toBe('Do you have any questions for us about the role or the team?');
    expect(run.stderr).toMatch(/Question 1 of 1 · follow-up 4 · \d+ min left/);

    const id = /Session:\s+([a-z2-7]{26})/.exec(run.stdout)?.[1];
    const reportPath = /Report:\s+(\S+)/.exec(run.stdout)?.[1];
    expect(id).toBeDefined();
    expect(reportPath).toBe(join('reports', id as string, 'report.md'));
    const folder = join(directory.path, 'reports', id as string);

    const transcript = ZTranscript.parse(JSON.parse(readFileSync(join(folder, 'transcript.json'), 'utf8')));
    expect(transcript.turns.map((turn) => turn.followUpReason ?? turn.type)).toEqual([
      'JD',
      'non_answer',
      'vague',
      'vague',
      'vague',
      'Closing',
    ]);
    expect(transcript.turns.map((turn) => turn.answer)).toEqual(answers);
    expect(transcript.turns.every((turn) => turn.wordedBy === 'rules')).toBe(true);
    const simple = JSON.parse(readFileSync(join(folder, 'transcript.simple.json'), 'utf8')) as unknown[];
    expect(simple.map((entry) => ZSimpleTranscriptEntry.parse(entry).type)).toEqual([
      'JD',
      'Follow-up',
      'Follow-up',
      'Follow-up',
      'Follow-up',
      'Closing',
    ]);

    const evaluation = ZEvaluation.parse(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')));
    expect(evaluation.recommendation).toBe('Do Not Recommend');
    expect(evaluation.redFlags.map((flag) => flag.kind)).toContain('resume_discrepancy');
    expect(evaluation.answers[0]?.verdict).toBe('non_answer');
    expect(readFileSync(join(directory.path, reportPath as string), 'utf8')).toContain('Do Not Recommend');
  });

  it('moves on after "skip" (the skip command: a skipped turn with no text), and saves when the input ends early', async () => {
    const run = await runCli(newInterview(), directory.path, paragraphs(['skip']));
    expect(run.code).toBe(130);
    const id = sessionIdIn(run.stderr) as string;
    expect(run.stderr).toContain('Skipped.');
    expect(run.stderr).toMatch(/Question 2 of 7 · \d+ min left/);
    expect(run.stderr).toContain('The input ended before the interview did.');
    expect(run.stderr).toContain(`Saved. Resume with: candor interview --continue ${id}`);
    const state = readState(database, id);
    expect(
      state?.turns.map((turn) => [
        turn.questionId,
        turn.type,
        turn.answer,
        turn.skipped,
        turn.skippedByAction,
      ]),
    ).toEqual([
      ['Q1', 'JD', '', true, true],
      ['Q2', expect.any(String), undefined, undefined, undefined],
    ]);
    expect(state?.turns[0]?.decision).toEqual({ action: 'move_on', why: 'skipped' });
  });

  it('reads "pass" typed as an answer: kept as written, a skip by the reader', async () => {
    const run = await runCli(newInterview(), directory.path, paragraphs(['pass']));
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('Skipped.');
    const state = readState(database, sessionIdIn(run.stderr) as string);
    expect([state?.turns[0]?.answer, state?.turns[0]?.skipped, state?.turns[0]?.skippedByAction]).toEqual([
      'pass',
      true,
      undefined,
    ]);
    expect(state?.turns[0]?.decision).toEqual({ action: 'move_on', why: 'skipped' });
  });

  it('stops probing at the follow-up limit and moves on to the next question', async () => {
    const run = await runCli(
      newInterview('--max-follow-ups', '1'),
      directory.path,
      paragraphs(['i dont know how', 'im not sure but i did use GEnai']),
    );
    expect(run.code).toBe(130);
    const state = readState(database, sessionIdIn(run.stderr) as string);
    expect(state?.turns.map((turn) => turn.followUpReason ?? turn.questionId)).toEqual([
      'Q1',
      'non_answer',
      'Q2',
    ]);
    expect(state?.turns[1]?.decision).toEqual({ action: 'move_on', why: 'probe_limit' });
    expect(run.stderr).toMatch(/Question 1 of 7 · follow-up 1 ·[^\n]*\n(?:.*\n)*Question 2 of 7 ·/);
  });

  it('resumes at the same question, with the earlier answer intact, after the process is killed between two turns', async () => {
    const first = startCli(newInterview(), directory.path);
    const id = await waitFor(() => sessionIdIn(first.stderr()), 'the session id');
    await waitFor(() => questionLines(first.stdout()).length >= 1, 'the first question');
    first.child.stdin.write('i dont know how\n\n');
    // The answer is stored, and the next question asked (and stored) and shown.
    const asked = await waitFor(() => {
      const state = readState(database, id);
      const next = state?.turns[1];
      return state?.turns[0]?.answer === 'i dont know how' &&
        next !== undefined &&
        first.stdout().includes(next.question)
        ? next
        : undefined;
    }, 'the answer to be stored and the next question shown');
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const resumed = await runCli(
      ['interview', '--continue', id, ...storage()],
      directory.path,
      paragraphs(['im not sure but i did use GEnai']),
    );
    expect(resumed.code).toBe(130);
    expect(resumed.stderr).toContain(`Resuming session ${id}`);
    expect(resumed.stderr).toContain('Picking up where the interview stopped');
    expect(questionLines(resumed.stdout)[0]).toBe(asked.question);
    const state = readState(database, id);
    expect(state?.turns[0]).toMatchObject({ answer: 'i dont know how', decision: { reason: 'non_answer' } });
    expect(state?.turns[1]).toMatchObject({ id: 'T2', question: asked.question, askedAt: asked.askedAt });
    expect(state?.turns[1]?.answer).toBe('im not sure but i did use GEnai');
    expect(state?.turns[2]?.followUpReason).toBe('vague');
  });

  it('saves and says how to resume on Ctrl-C (SIGINT), exiting 130', async () => {
    const run = startCli(newInterview(), directory.path);
    const id = await waitFor(() => sessionIdIn(run.stderr()), 'the session id');
    await waitFor(() => questionLines(run.stdout()).length >= 1, 'the first question');
    run.child.kill('SIGINT');
    expect((await run.exited).code).toBe(130);
    expect(run.stderr()).toContain(`Saved. Resume with: candor interview --continue ${id}`);
    expect(readState(database, id)?.turns).toHaveLength(1);
  });

  it('keeps to the time budget across a restart: when time is up, the closing question comes next', async () => {
    const first = await runCli(newInterview(), directory.path, '');
    expect(first.code).toBe(130);
    const id = sessionIdIn(first.stderr) as string;
    // The interview started 26 minutes ago (the budget is 25).
    const state = readState(database, id);
    if (state === undefined) throw new Error('no stored state');
    writeState(database, id, { ...state, startedAt: new Date(Date.now() - 26 * 60_000).toISOString() });

    const resumed = await runCli(
      ['interview', '--continue', id, ...storage()],
      directory.path,
      paragraphs(['i dont know how', 'No questions, thank you.']),
    );
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('Question 1 of 7 · time is up');
    expect(resumed.stderr).toContain('Time is up: this is the last question.');
    expect(resumed.stderr).toContain('Closing question · time is up');
    const finished = readState(database, id);
    // The probe the non-answer earned was dropped for lack of time.
    expect(finished?.turns.map((turn) => turn.type)).toEqual(['JD', 'Closing']);
    expect(finished?.turns[0]?.decision).toEqual({ action: 'move_on', why: 'out_of_time' });
  });

  it('asks the questions of an edited plan', async () => {
    const planFile = join(directory.path, 'plan.json');
    await runCli(
      ['plan', '--job', SEED_JOB_FILE, '--resume', SEED_RESUME_FILE, '--out', planFile],
      directory.path,
    );
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    plan.questions[0].text = 'What is the smallest model you have shipped, and why that size?';
    writeFileSync(planFile, JSON.stringify(plan));
    const run = await runCli(newInterview('--plan', planFile), directory.path, '');
    expect(questionLines(run.stdout)[0]).toBe(
      'What is the smallest model you have shipped, and why that size?',
    );
  });

  it('refuses an unknown session id, and contradictory or missing flags, with exit code 2', async () => {
    const unknown = await runCli(
      ['interview', '--continue', 'no-such-session', ...storage()],
      directory.path,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No interview session "no-such-session"');
    const both = await runCli(
      ['interview', '--continue', 'abc', '--job', SEED_JOB_FILE, ...storage()],
      directory.path,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('leave out --job');
    const budget = await runCli(
      ['interview', '--continue', 'abc', '--minutes', '10', ...storage()],
      directory.path,
    );
    expect(budget.code).toBe(2);
    expect(budget.stderr).toContain('--minutes sets the budget of a new plan');
    const neither = await runCli(['interview', ...storage()], directory.path);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--continue <session-id>');
    const badPlan = join(directory.path, 'bad-plan.json');
    writeFileSync(
      badPlan,
      JSON.stringify({
        version: 1,
        jobTitle: 'x',
        budget: { maxQuestions: 7, minutes: 25, maxProbesPerQuestion: 2 },
        questions: [{ id: 'Q1' }],
      }),
    );
    const invalid = await runCli(newInterview('--plan', badPlan), directory.path);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('Plan question Q1');
  });

  it('words questions with a model server, carries on with the rules when it fails mid-interview, and records it', async () => {
    // Structured requests (the plan's wording, then the report) fail; the first two questions are worded.
    let wordingRequests = 0;
    server = await startScriptedOpenAIServer((request) => {
      if (request.body?.response_format !== undefined)
        return { kind: 'error', status: 503, message: 'overloaded' };
      wordingRequests++;
      return wordingRequests <= 2
        ? {
            kind: 'content',
            content: `Model-worded question ${wordingRequests}: what did you do?`,
            chunkSize: 5,
          }
        : { kind: 'error', status: 503, message: 'overloaded' };
    });
    const model = `openai-compatible:${server.baseURL}#scripted`;
    const answers = [
      'i dont know how',
      'im not sure but i did use GEnai',
      'skip',
      'skip',
      'skip',
      'skip',
      'skip',
      'skip',
      'No questions.',
    ];
    const run = await runCli(
      newInterview('--model', model, '--budget-questions', '3'),
      directory.path,
      paragraphs(answers),
    );
    const id = sessionIdIn(run.stderr) as string;
    const questions = questionLines(run.stdout);
    expect(questions[0]).toBe('Model-worded question 1: what did you do?');
    expect(questions[1]).toBe('Model-worded question 2: what did you do?');
    expect(questions[2]).toMatch(/^Can you describe any techniques|^What have you built|^Could you pick/);
    expect(run.stderr).toContain(
      'Note: openai-compatible:scripted could not word the plan (HTTP 503 after 3 attempts: overloaded); every question keeps its template wording.',
    );
    expect(run.stderr).toContain(
      'openai-compatible:scripted could not word this question (HTTP 503); asking it as planned.',
    );
    const state = readState(database, id);
    expect(state?.status).toBe('completed');
    expect(state?.turns.map((turn) => turn.wordedBy)).toEqual([
      'model',
      'model',
      ...Array.from({ length: (state?.turns.length ?? 2) - 2 }, () => 'rules'),
    ]);
    expect(state?.turns[1]?.followUpReason).toBe('non_answer');
    // The server is still down when the report is due: the interview is kept, and says how to retry.
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      `report could not be written. Retry with:\n  candor interview --continue ${id}`,
    );
    // After two failures in a row the model is not asked again: two successes, then two questions
    // with one retry each.
    expect(server.requests.filter((request) => request.body?.response_format === undefined)).toHaveLength(6);
    const audit = readFileSync(join(directory.path, 'audit.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { operation: string; ok: boolean });
    expect(
      audit
        .filter((entry) => entry.operation === 'question_wording')
        .map((entry) => entry.ok)
        .slice(0, 3),
    ).toEqual([true, true, false]);

    const offline = await runCli(['interview', '--continue', id, ...storage()], directory.path);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toMatch(/Report:\s+\S+report\.md/);
    expect(readState(database, id)?.turns).toHaveLength(state?.turns.length ?? 0);
  });
});
