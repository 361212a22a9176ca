import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import { purgeExpiredInterviews } from '../app/web/purge-expired-interviews.js';
import {
  completeInterview,
  EXAMPLE_JOB,
  EXAMPLE_RESUME_MD,
  filesForm,
  openTestApp,
  PASSWORD,
  STRONG_ANSWER,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';

/** Marker strings only the erased candidate's resume, answers and decision contain. */
const MARKERS = {
  name: 'Zanzibar Quintessa',
  resume: 'QUOKKAMARKER resume line 7731',
  answer: 'PANGOLINMARKER answer 5512',
  reason: 'NARWHALMARKER decision reason 9931',
} as const;
const KEPT_MARKER = 'AXOLOTLMARKER kept 4410';

function resumeWith(name: string, line: string): string {
  return EXAMPLE_RESUME_MD.toString('utf8')
    .replace('# Priya Raman', `# ${name}`)
    .replace('## Summary\n', `## Summary\n${line}. `);
}

/** Every file under `folder` (the database, its -wal and -shm, the secret, reports), as raw bytes. */
function filesUnder(folder: string): { path: string; bytes: Buffer }[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [{ path, bytes: readFileSync(path) }];
  });
}

function filesContaining(folder: string, text: string): string[] {
  return filesUnder(folder)
    .filter((file) => file.bytes.includes(Buffer.from(text, 'utf8')))
    .map((file) => file.path);
}

describe.each(TEST_DATABASE_KINDS)('erasure on %s', (kind) => {
  let server: TTestApp;
  let owner: TestClient;
  beforeEach(async () => {
    server = await openTestApp(kind);
    owner = await signUpRecruiter(server.app, { email: 'ada@example.com', name: 'Ada Lovelace' });
  });
  afterEach(async () => {
    await server.dispose();
  });

  async function addCandidate(jobId: string, name: string, line: string): Promise<string> {
    const upload = await owner.expect(201, 'POST', `/api/jobs/${jobId}/candidates`, {
      form: filesForm('files', [{ name: 'resume.md', bytes: resumeWith(name, line) }]),
    });
    return upload.created[0].id;
  }

  async function interview(candidateId: string, answer: string) {
    const link = await owner.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, { json: {} });
    await completeInterview(new TestClient(server.app), link.token, answer);
  }

  it('deletes a candidate with everything about them: none of their text is left in the database files', async () => {
    const job = await owner.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const erased = await addCandidate(job.id, MARKERS.name, MARKERS.resume);
    const kept = await addCandidate(job.id, 'Morag Kept', KEPT_MARKER);
    await interview(erased, `${STRONG_ANSWER} ${MARKERS.answer}`);
    await interview(kept, STRONG_ANSWER);
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(2);
    await worker.stop();
    await owner.expect(201, 'POST', `/api/candidates/${erased}/decision`, {
      json: { decision: 'advance', reason: MARKERS.reason },
    });
    const exported = await owner.expect(200, 'GET', `/api/candidates/${erased}/export`);
    // The export for an access request holds all of it, and no link token.
    for (const marker of Object.values(MARKERS)) expect(JSON.stringify(exported)).toContain(marker);
    expect(exported).toMatchObject({ format: 'candor-candidate-export', job: { id: job.id } });
    expect(exported.candidate.report.recommendation).toEqual(expect.any(String));
    expect(exported.interviewLinks).toHaveLength(1);
    expect(JSON.stringify(exported)).not.toMatch(/\/interview\/[a-z2-7]{32}/);

    const folder = kind === 'sqlite' ? dirname(server.database.location) : undefined;
    if (folder !== undefined) {
      // Before: the text is there, so the check below can fail.
      expect(filesContaining(folder, MARKERS.answer).length).toBeGreaterThan(0);
    }

    await owner.expect(204, 'DELETE', `/api/candidates/${erased}`);

    await owner.expect(404, 'GET', `/api/candidates/${erased}`);
    await owner.expect(404, 'GET', `/api/candidates/${erased}/export`);
    await owner.expect(200, 'GET', `/api/candidates/${kept}`);
    const db = server.database.db;
    for (const table of ['interview_links', 'decisions', 'evaluation_jobs'] as const) {
      const rows = await db
        .selectFrom(table)
        .select('candidate_id')
        .where('candidate_id', '=', erased)
        .execute();
      expect(rows, table).toEqual([]);
    }
    expect(await db.selectFrom('interview_sessions').select('id').execute()).toHaveLength(1);
    const audit = await db.selectFrom('audit_events').selectAll().where('subject_id', '=', erased).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'candidate.erased', actor_name: 'Ada Lovelace' });
    const detail = JSON.parse(audit[0]?.detail_json ?? '{}');
    expect(detail.decisions).toEqual([
      expect.objectContaining({ decision: 'advance', decidedBy: 'Ada Lovelace', reason: '[erased]' }),
    ]);
    for (const marker of Object.values(MARKERS)) expect(audit[0]?.detail_json).not.toContain(marker);

    if (folder !== undefined) {
      for (const marker of Object.values(MARKERS))
        expect(filesContaining(folder, marker), marker).toEqual([]);
      // The other candidate is untouched.
      expect(filesContaining(folder, KEPT_MARKER).length).toBeGreaterThan(0);
      for (const file of filesUnder(folder)) expect(statSync(file.path).mode & 0o077, file.path).toBe(0);
    }
  });

  it('lets owners and admins delete, never members, and deletes a job with all its candidates', async () => {
    const job = await owner.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const first = await addCandidate(job.id, MARKERS.name, MARKERS.resume);
    const second = await addCandidate(job.id, 'Morag Kept', KEPT_MARKER);
    await interview(first, `${STRONG_ANSWER} ${MARKERS.answer}`);
    const invitation = await owner.expect(201, 'POST', '/api/invitations', {
      json: { email: 'bo@example.com' },
    });
    const member = await signUpRecruiter(server.app, {
      email: 'bo@example.com',
      invitationToken: new URL(invitation.url).searchParams.get('invitation') ?? '',
    });
    expect(await member.expect(403, 'DELETE', `/api/candidates/${first}`)).toMatchObject({
      code: 'forbidden',
    });
    await member.expect(403, 'DELETE', `/api/jobs/${job.id}`);
    const other = await signUpRecruiter(server.app, { email: 'eve@example.org' });
    await other.expect(404, 'DELETE', `/api/jobs/${job.id}`);

    await owner.expect(204, 'DELETE', `/api/jobs/${job.id}`);
    await owner.expect(404, 'GET', `/api/jobs/${job.id}`);
    for (const id of [first, second]) await owner.expect(404, 'GET', `/api/candidates/${id}`);
    const actions = await server.database.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .orderBy('action')
      .execute();
    expect(actions.map((row) => row.action).sort()).toEqual([
      'candidate.erased',
      'candidate.erased',
      'job.erased',
    ]);
    if (kind === 'sqlite') {
      const folder = dirname(server.database.location);
      for (const marker of [...Object.values(MARKERS), KEPT_MARKER])
        expect(filesContaining(folder, marker)).toEqual([]);
    }
  });

  it('purges candidates who never finished after the retention period, as it does finished ones', async () => {
    const job = await owner.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const neverInvited = await addCandidate(job.id, 'Never Invited', 'line one');
    const invited = await addCandidate(job.id, 'Invited Only', 'line two');
    await owner.expect(201, 'POST', `/api/candidates/${invited}/invitation`, { json: {} });
    const abandoned = await addCandidate(job.id, 'Gave Up', 'line three');
    const link = await owner.expect(201, 'POST', `/api/candidates/${abandoned}/invitation`, { json: {} });
    const room = new TestClient(server.app);
    await room.expect(200, 'POST', `/api/interview/${link.token}/consent`);
    const next = await room.expect(200, 'POST', `/api/interview/${link.token}/next`, {
      headers: { accept: 'application/json' },
    });
    await room.expect(200, 'POST', `/api/interview/${link.token}/answer`, {
      json: { turnId: next.turnId, answer: STRONG_ANSWER, events: [] },
    });

    server.clock.advance(179 * 86_400_000);
    const signedIn = await owner.expect(200, 'POST', '/api/auth/signin', {
      json: { email: 'ada@example.com', password: PASSWORD },
    });
    owner.csrfToken = signedIn.csrfToken;
    const fresh = await addCandidate(job.id, 'Fresh One', 'line four');
    expect(await purgeExpiredInterviews(server.context)).toEqual([]);
    server.clock.advance(2 * 86_400_000);
    expect((await purgeExpiredInterviews(server.context)).sort()).toEqual(
      [neverInvited, invited, abandoned].sort(),
    );
    const left = await owner.expect(200, 'GET', `/api/jobs/${job.id}/candidates`);
    expect(left.candidates.map((candidate: { id: string }) => candidate.id)).toEqual([fresh]);
    const audit = await server.database.db
      .selectFrom('audit_events')
      .select(['actor_name', 'detail_json'])
      .execute();
    expect(audit).toHaveLength(3);
    expect(
      audit.every(
        (row) => row.actor_name === 'retention' && row.detail_json.includes('"reason":"retention"'),
      ),
    ).toBe(true);
  });
});
