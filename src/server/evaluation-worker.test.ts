import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import { claimQueueItem } from '../adapters/storage/claim-queue-item.js';
import {
  completeInterview,
  createJobWithCandidate,
  openTestApp,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';

describe.each(TEST_DATABASE_KINDS)('the evaluation worker on %s', (kind) => {
  let server: TTestApp;
  let recruiter: TestClient;
  let candidateId: string;

  beforeEach(async () => {
    server = await openTestApp(kind);
    recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    ({ candidateId } = await createJobWithCandidate(recruiter));
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: {},
    });
    await completeInterview(new TestClient(server.app), link.token);
  });
  afterEach(async () => {
    await server.dispose();
  });

  const status = async () => (await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`)).status;

  it('evaluates a completed interview from the queue', async () => {
    expect(await status()).toBe('completed');
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    await worker.stop();
    const detail = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(detail).toMatchObject({ status: 'evaluated', recommendation: detail.report.recommendation });
    expect(detail.redFlagCount).toBe(detail.report.redFlags.length);
  });

  it('retries a failing evaluation, then marks the candidate failed', async () => {
    // A model without its API key fails every time, through the real evaluation path.
    const failing = { ...server.context, model: 'openai:gpt-4o-mini', env: {} };
    const worker = startEvaluationWorker(failing, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    expect(await status()).toBe('completed');
    expect(await worker.runOnce()).toBe(0); // the retry waits
    server.clock.advance(31_000);
    expect(await worker.runOnce()).toBe(1);
    server.clock.advance(61_000);
    expect(await worker.runOnce()).toBe(1);
    expect(await status()).toBe('failed');
    server.clock.advance(3_600_000);
    expect(await worker.runOnce()).toBe(0);
    await worker.stop();
    const job = await server.database.db.selectFrom('evaluation_jobs').selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'failed', attempts: 3 });
    expect(job.last_error).toMatch(/API key|OPENAI_API_KEY/i);
    const problem = await recruiter.expect(409, 'GET', `/api/candidates/${candidateId}/report`);
    expect(problem.detail).toMatch(/failed/);
  });

  it('takes over a job whose worker died, once its lock runs out', async () => {
    const claimed = await claimQueueItem(server.database.db, 'evaluation_jobs', {
      workerId: 'died',
      now: server.clock.now(),
      lockMs: 60_000,
    });
    expect(claimed?.candidate_id).toBe(candidateId);
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(0);
    server.clock.advance(60_001);
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
    expect(await status()).toBe('evaluated');
  });

  it('queues an interview that completed just before the process died, before queueing', async () => {
    await server.database.db.deleteFrom('evaluation_jobs').execute();
    await server.database.db.updateTable('candidates').set({ status: 'in_progress' }).execute();
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
    expect(await status()).toBe('evaluated');
  });
});

describe('retention', () => {
  it('deletes everything about a candidate once their interview is older than the retention', async () => {
    const server = await openTestApp('sqlite', { retentionDays: 30 });
    try {
      const browser = await signUpRecruiter(server.app, { email: 'ada@example.com' });
      // A script's token: the browser session would expire during the weeks this test skips.
      const recruiter = new TestClient(server.app);
      recruiter.bearer = (await browser.expect(201, 'POST', '/api/tokens', { json: { name: 'cron' } })).token;
      const { jobId, candidateId } = await createJobWithCandidate(recruiter);
      const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
        json: {},
      });
      const candidate = new TestClient(server.app);
      expect((await candidate.expect(200, 'GET', `/api/interview/${link.token}`)).notice.retentionDays).toBe(
        30,
      );
      await completeInterview(candidate, link.token);
      const worker = startEvaluationWorker(server.context, { isPolling: false });
      await worker.runOnce();
      await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
        json: { decision: 'advance', reason: 'Strong.' },
      });
      server.clock.advance(29 * 86_400_000);
      await worker.runOnce();
      await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
      server.clock.advance(2 * 86_400_000);
      await worker.runOnce();
      await worker.stop();
      await recruiter.expect(404, 'GET', `/api/candidates/${candidateId}`);
      expect((await recruiter.expect(200, 'GET', `/api/jobs/${jobId}/candidates`)).candidates).toEqual([]);
      for (const table of [
        'interview_sessions',
        'interview_events',
        'decisions',
        'interview_links',
        'evaluation_jobs',
      ] as const) {
        expect(await server.database.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
      }
      await candidate.expect(404, 'GET', `/api/interview/${link.token}`);
    } finally {
      await server.dispose();
    }
  });
});
