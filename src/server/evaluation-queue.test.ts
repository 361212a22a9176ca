/**
 * The evaluation queue under faults, with a real model server on 127.0.0.1 speaking the OpenAI
 * protocol: a worker killed with SIGKILL mid-evaluation, a model that never answers, a model that
 * always fails. Bounds are generous (a loaded machine); nothing asserts how fast anything ran.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flatteringJudgement, INVENTED_SENTENCES } from '../../test/support/flattering-judgement.js';
import {
  startScriptedOpenAIServer,
  type TScriptedOpenAIServer,
  type TScriptedReply,
} from '../../test/support/scripted-openai-server.js';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import { runRetryEvaluation } from '../cli/run-retry-evaluation.js';
import { spawnServer, type TChildServer } from './__fixtures__/spawn-server.js';
import {
  completeInterview,
  createJobWithCandidate,
  EXAMPLE_RESUME_MD,
  filesForm,
  openTestApp,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker, type TEvaluationWorker } from './evaluation-worker.js';

const JUDGEMENT = JSON.stringify(
  flatteringJudgement({
    requirementIds: Array.from({ length: 12 }, (_, index) => `R${index + 1}`),
    answers: [],
    sentence: INVENTED_SENTENCES.praise,
  }),
);

/** Polls `check` every 100 ms until it holds or `boundMs` passes; resolves to whether it held. */
async function waitFor(check: () => Promise<boolean>, boundMs: number): Promise<boolean> {
  const until = Date.now() + boundMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

async function candidatesWithCompletedInterviews(server: TTestApp, count: number) {
  const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
  const { jobId, candidateId } = await createJobWithCandidate(recruiter);
  const ids = [candidateId];
  if (count > 1) {
    const more = await recruiter.expect(201, 'POST', `/api/jobs/${jobId}/candidates`, {
      form: filesForm(
        'files',
        Array.from({ length: count - 1 }, (_, index) => ({
          name: `more-${index}.md`,
          bytes: EXAMPLE_RESUME_MD,
        })),
      ),
    });
    ids.push(...more.created.map((created: { id: string }) => created.id));
  }
  for (const id of ids) {
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${id}/invitation`, { json: {} });
    await completeInterview(new TestClient(server.app), link.token);
  }
  return { recruiter, candidateIds: ids };
}

describe('the evaluation queue', () => {
  let model: TScriptedOpenAIServer | undefined;
  let server: TTestApp | undefined;
  let worker: TEvaluationWorker | undefined;
  let child: TChildServer | undefined;
  afterEach(async () => {
    await child?.kill();
    await worker?.stop();
    await server?.dispose();
    await model?.close();
    child = worker = server = model = undefined;
  });

  it('fails an evaluation whose model always fails within its deadline, shows why, and runs it again on retry', async () => {
    let isBroken = true;
    model = await startScriptedOpenAIServer(
      (): TScriptedReply =>
        isBroken
          ? { kind: 'error', status: 503, message: 'overloaded' }
          : { kind: 'content', content: JUDGEMENT },
    );
    // The real clock: the command-line retry below queues the job at the real time.
    server = await openTestApp('sqlite', { now: () => new Date() });
    const { recruiter, candidateIds } = await candidatesWithCompletedInterviews(server, 1);
    const candidateId = candidateIds[0] as string;
    const context = { ...server.context, model: `openai-compatible:${model.baseURL}#broken`, env: {} };
    // A retry would start after the deadline (30 s backoff, 20 s deadline): it fails for good at once.
    worker = startEvaluationWorker(context, { isPolling: false, deadlineMs: 20_000 });
    expect(await worker.runOnce()).toBe(1);

    const failed = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(failed.status).toBe('failed');
    expect(failed.evaluation).toMatchObject({ status: 'failed', attempts: 1, isDelayed: false });
    expect(failed.evaluation.lastError).toMatch(/HTTP 503/);
    // Only a failed evaluation can be retried; another organisation's candidate is not found.
    const stranger = await signUpRecruiter(server.app, {
      email: 'eve@example.com',
      organisationName: 'Other',
    });
    await stranger.expect(404, 'POST', `/api/candidates/${candidateId}/evaluation/retry`);

    const retried = await recruiter.expect(200, 'POST', `/api/candidates/${candidateId}/evaluation/retry`);
    expect(retried.status).toBe('completed');
    expect(retried.evaluation).toMatchObject({
      status: 'queued',
      attempts: 0,
      lastError: failed.evaluation.lastError,
    });
    expect(
      await recruiter.expect(409, 'POST', `/api/candidates/${candidateId}/evaluation/retry`),
    ).toMatchObject({ code: 'conflict' });
    // Still broken: it fails again; this time the operator retries from the command line.
    expect(await worker.runOnce()).toBe(1);
    expect((await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`)).status).toBe('failed');
    const printed: string[] = [];
    const terminal = {
      out: (text: string) => printed.push(text),
      err: () => {},
      progress: () => {},
      isInteractive: false,
    };
    await runRetryEvaluation(candidateId, { database: server.database.url }, terminal);
    expect(printed.join('')).toContain(`Queued the evaluation of candidate ${candidateId} again`);
    const again = await runRetryEvaluation(candidateId, { database: server.database.url }, terminal).catch(
      (error: unknown) => error,
    );
    expect(again).toMatchObject({ code: 'conflict' });

    isBroken = false;
    expect(await worker.runOnce()).toBe(1);
    const evaluated = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(evaluated.status).toBe('evaluated');
    expect(evaluated.evaluation).toMatchObject({ status: 'done', attempts: 1 });
    expect(evaluated.report.engine.kind).toBe('model');
  }, 120_000);

  it('ends an attempt whose model hangs at its time limit, and shows a long wait as delayed', async () => {
    model = await startScriptedOpenAIServer(() => ({ kind: 'hang' }));
    server = await openTestApp('sqlite');
    const { recruiter, candidateIds } = await candidatesWithCompletedInterviews(server, 1);
    const candidateId = candidateIds[0] as string;
    const context = { ...server.context, model: `openai-compatible:${model.baseURL}#hung`, env: {} };
    worker = startEvaluationWorker(context, { isPolling: false, attemptTimeoutMs: 500 });
    expect(await worker.runOnce()).toBe(1);
    const waiting = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(waiting.status).toBe('completed');
    expect(waiting.evaluation).toMatchObject({ status: 'queued', attempts: 1, isDelayed: false });
    expect(waiting.evaluation.lastError).toBe('The attempt did not finish within 0.5 s.');
    server.clock.advance(6 * 60_000);
    const delayed = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(delayed.evaluation.isDelayed).toBe(true);
  }, 120_000);

  it('runs other evaluations while one hangs on its model', async () => {
    // The first judgement request never answers; every later one does.
    model = await startScriptedOpenAIServer(
      (_request, index): TScriptedReply =>
        index === 0 ? { kind: 'hang' } : { kind: 'content', content: JUDGEMENT },
    );
    server = await openTestApp('sqlite');
    const { candidateIds } = await candidatesWithCompletedInterviews(server, 3);
    const context = { ...server.context, model: `openai-compatible:${model.baseURL}#mixed`, env: {} };
    worker = startEvaluationWorker(context, { intervalMs: 50, concurrency: 2 });
    const db = server.database.db;
    const statuses = async () =>
      (
        await db.selectFrom('candidates').select(['id', 'status']).where('id', 'in', candidateIds).execute()
      ).map((row) => row.status);
    const isEvaluatedAround = await waitFor(
      async () => (await statuses()).filter((status) => status === 'evaluated').length === 2,
      60_000,
    );
    expect(isEvaluatedAround).toBe(true);
    expect((await statuses()).sort()).toEqual(['evaluated', 'evaluated', 'evaluating']);
  }, 120_000);

  describe.each(TEST_DATABASE_KINDS)('on %s', (kind) => {
    it('takes over an evaluation whose worker was killed mid-evaluation, once its lease runs out', async () => {
      model = await startScriptedOpenAIServer(() => ({ kind: 'hang' }));
      // The real clock: the killed worker's lease is in real time.
      server = await openTestApp(kind, { now: () => new Date() });
      const { candidateIds } = await candidatesWithCompletedInterviews(server, 1);
      const candidateId = candidateIds[0] as string;
      child = await spawnServer(server.database.url, {
        model: `openai-compatible:${model.baseURL}#hung`,
        worker: { intervalMs: 100, lockMs: 5_000 },
      });
      const current = model;
      expect(await waitFor(async () => current.requests.length > 0, 60_000)).toBe(true);
      const job = () =>
        server!.database.db
          .selectFrom('evaluation_jobs')
          .selectAll()
          .where('candidate_id', '=', candidateId)
          .executeTakeFirstOrThrow();
      const running = await job();
      expect(running.status).toBe('running');
      await child.kill('SIGKILL');

      // Another worker (this process, offline) takes the job once the dead one's lease has run out.
      worker = startEvaluationWorker(server.context, { intervalMs: 100, lockMs: 5_000 });
      expect(await waitFor(async () => (await job()).status === 'done', 30_000)).toBe(true);
      expect(await job()).toMatchObject({ status: 'done', attempts: running.attempts + 1 });
      const candidate = await server.database.db
        .selectFrom('candidates')
        .select('status')
        .where('id', '=', candidateId)
        .executeTakeFirstOrThrow();
      expect(candidate.status).toBe('evaluated');
    }, 180_000);
  });
});
