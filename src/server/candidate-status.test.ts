/**
 * The candidate status machine through the API: a change it refuses answers 409 problem+json
 * naming the change, and storage never makes one either, whatever the request races with.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import { changeCandidateStatus } from '../adapters/storage/change-candidate-status.js';
import {
  completeInterview,
  createJobWithCandidate,
  openTestApp,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';

describe.each(TEST_DATABASE_KINDS)('candidate status on %s', (kind) => {
  let server: TTestApp | undefined;
  afterEach(async () => {
    await server?.dispose();
    server = undefined;
  });

  it('answers 409 problem+json naming a refused change: retrying an evaluated candidate', async () => {
    server = await openTestApp(kind);
    const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const { candidateId } = await createJobWithCandidate(recruiter);
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: {},
    });
    await completeInterview(new TestClient(server.app), link.token);
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
    expect((await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`)).status).toBe('evaluated');

    const response = await recruiter.request('POST', `/api/candidates/${candidateId}/evaluation/retry`);
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 409,
      code: 'conflict',
      detail: expect.stringContaining('(evaluated → completed); evaluated is final'),
    });
    expect((await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`)).status).toBe('evaluated');
  });

  it('changes a status in storage only along the machine', async () => {
    server = await openTestApp(kind);
    const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const { candidateId } = await createJobWithCandidate(recruiter);
    const db = server.database.db;
    const now = '2026-03-02T10:00:00.000Z';
    const statusOf = async () =>
      (
        await db
          .selectFrom('candidates')
          .select('status')
          .where('id', '=', candidateId)
          .executeTakeFirstOrThrow()
      ).status;
    // new → evaluated is refused: nothing changes, quietly or with the refusal named.
    expect(await changeCandidateStatus(db, { candidateId, to: 'evaluated', now })).toBe(false);
    await expect(
      changeCandidateStatus(db, { candidateId, to: 'evaluated', now, isRefusalAnError: true }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('(new → evaluated)') });
    expect(await statusOf()).toBe('new');
    // `from` narrows: new → invited is allowed, but not from invited only.
    expect(await changeCandidateStatus(db, { candidateId, to: 'invited', from: ['invited'], now })).toBe(
      false,
    );
    expect(await changeCandidateStatus(db, { candidateId, to: 'invited', now })).toBe(true);
    expect(await statusOf()).toBe('invited');
    // A human request is final: the interview can no longer start.
    expect(await changeCandidateStatus(db, { candidateId, to: 'human_requested', now })).toBe(true);
    expect(await changeCandidateStatus(db, { candidateId, to: 'in_progress', now })).toBe(false);
    expect(await statusOf()).toBe('human_requested');
    await expect(
      changeCandidateStatus(db, { candidateId: 'missing', to: 'invited', now, isRefusalAnError: true }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
