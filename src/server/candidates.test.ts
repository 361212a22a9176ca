import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import {
  completeInterview,
  createJobWithCandidate,
  EXAMPLE_JOB,
  EXAMPLE_RESUME_MD,
  EXAMPLE_RESUME_PDF,
  filesForm,
  openTestApp,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';

describe.each(TEST_DATABASE_KINDS)('candidates on %s', (kind) => {
  let server: TTestApp;
  let recruiter: TestClient;
  beforeEach(async () => {
    server = await openTestApp(kind);
    recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com', name: 'Ada Lovelace' });
  });
  afterEach(async () => {
    await server.dispose();
  });

  async function evaluate(candidateId: string) {
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: {},
    });
    await completeInterview(new TestClient(server.app), link.token);
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
  }

  it('adds one candidate per readable resume, and lists the refused files with their problem', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const result = await recruiter.expect(201, 'POST', `/api/jobs/${job.id}/candidates`, {
      form: filesForm('files', [
        { name: 'priya.pdf', bytes: EXAMPLE_RESUME_PDF },
        { name: 'priya.md', bytes: EXAMPLE_RESUME_MD },
        { name: 'scan.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]) },
        { name: 'broken.pdf', bytes: '%PDF-1.4\nthis is not really a pdf' },
        { name: 'empty.txt', bytes: '' },
      ]),
    });
    expect(result.created.map((candidate: { fileName: string }) => candidate.fileName)).toEqual([
      'priya.pdf',
      'priya.md',
    ]);
    expect(result.created[0]).toMatchObject({
      name: 'Priya Raman',
      status: 'new',
      jobId: job.id,
      invitation: null,
    });
    expect(result.rejected.map((rejected: { fileName: string }) => rejected.fileName)).toEqual([
      'scan.jpg',
      'broken.pdf',
      'empty.txt',
    ]);
    // The file is named once, beside its problem, never again inside it.
    for (const rejected of result.rejected) {
      expect(rejected.problem).not.toContain(rejected.fileName);
      expect(rejected.problem).toMatch(/^[A-Z]/);
    }
    expect(result.rejected[0].problem).toContain('JPEG image');
    expect(result.rejected[2].problem).toContain('empty');
    const { candidates } = await recruiter.expect(200, 'GET', `/api/jobs/${job.id}/candidates`);
    expect(candidates).toHaveLength(2);
    expect((await recruiter.expect(200, 'GET', '/api/jobs')).jobs[0]).toMatchObject({ candidateCount: 2 });
  });

  it('answers 422 when no file of the upload is usable, and stores none', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const problem = await recruiter.expect(422, 'POST', `/api/jobs/${job.id}/candidates`, {
      form: filesForm('files', [
        { name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]) },
      ]),
    });
    expect(problem).toMatchObject({ code: 'invalid_document' });
    expect(problem.detail).toMatch(/^photo\.png: /);
    await recruiter.expect(415, 'POST', `/api/jobs/${job.id}/candidates`, { json: { files: [] } });
    expect((await recruiter.expect(200, 'GET', `/api/jobs/${job.id}/candidates`)).candidates).toEqual([]);
  });

  it("shows a candidate's extracted claims before the interview", async () => {
    const { candidateId } = await createJobWithCandidate(recruiter);
    const candidate = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(candidate.resume.contact.name).toBe('Priya Raman');
    expect(candidate.resume.claims.length).toBeGreaterThan(3);
    for (const claim of candidate.resume.claims) expect(candidate.resume.text).toContain(claim.text);
    expect(candidate).toMatchObject({ transcript: null, report: null, status: 'new', progress: null });
  });

  it('makes an unguessable, expiring interview link; a new one revokes the old; revoking stops it', async () => {
    const { jobId, candidateId } = await createJobWithCandidate(recruiter);
    const first = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: { expiresInDays: 3 },
    });
    expect(first.token).toMatch(/^[a-z2-7]{32}$/); // 160 bits
    expect(first.url).toBe(`http://localhost/interview/${first.token}`);
    expect(Date.parse(first.expiresAt) - server.clock.now().getTime()).toBe(3 * 86_400_000);
    const stored = await server.database.db.selectFrom('interview_links').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(first.token);

    const [listed] = (await recruiter.expect(200, 'GET', `/api/jobs/${jobId}/candidates`)).candidates;
    expect(listed).toMatchObject({
      status: 'invited',
      invitation: { url: first.url, expiresAt: first.expiresAt, revoked: false },
    });

    const candidate = new TestClient(server.app);
    await candidate.expect(200, 'GET', `/api/interview/${first.token}`);
    const second = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: {},
    });
    expect(second.token).not.toBe(first.token);
    expect(await candidate.expect(410, 'GET', `/api/interview/${first.token}`)).toMatchObject({
      code: 'link_revoked',
    });
    await candidate.expect(200, 'GET', `/api/interview/${second.token}`);

    await recruiter.expect(204, 'DELETE', `/api/candidates/${candidateId}/invitation`);
    expect(await candidate.expect(410, 'GET', `/api/interview/${second.token}`)).toMatchObject({
      code: 'link_revoked',
    });
    const [revoked] = (await recruiter.expect(200, 'GET', `/api/jobs/${jobId}/candidates`)).candidates;
    expect(revoked).toMatchObject({ status: 'new', invitation: { revoked: true } });
  });

  it('lets a link expire cleanly', async () => {
    const { candidateId } = await createJobWithCandidate(recruiter);
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: { expiresInDays: 1 },
    });
    server.clock.advance(86_400_000 + 1);
    const candidate = new TestClient(server.app);
    const expired = await candidate.expect(410, 'GET', `/api/interview/${link.token}`);
    expect(expired).toMatchObject({ code: 'link_expired', status: 410 });
    await candidate.expect(410, 'POST', `/api/interview/${link.token}/consent`);
    await candidate.expect(404, 'GET', '/api/interview/notarealtokenatallnotarealtoken');
  });

  it('records decisions with reasons, marks overrides of the AI, and keeps every one as the audit trail', async () => {
    const { candidateId } = await createJobWithCandidate(recruiter);
    const early = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'hold', reason: 'Waiting for the interview.' },
    });
    expect(early).toMatchObject({ decision: 'hold', isOverride: false, decidedBy: 'Ada Lovelace' });

    await evaluate(candidateId);
    const evaluated = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(evaluated.status).toBe('evaluated');
    const agreeing = evaluated.report.recommendation === 'Do Not Recommend' ? 'reject' : 'advance';
    const disagreeing = agreeing === 'advance' ? 'reject' : 'advance';
    server.clock.advance(1000);
    const override = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: disagreeing, reason: 'The panel saw it differently.' },
    });
    expect(override.isOverride).toBe(true);
    server.clock.advance(1000);
    const agreed = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: agreeing, reason: 'On reflection, agreed.' },
    });
    expect(agreed.isOverride).toBe(false);

    const { decisions } = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}/decisions`);
    expect(decisions).toEqual([early, override, agreed]);
    expect((await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`)).decision).toEqual(agreed);
    await recruiter.expect(400, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'advance', reason: '   ' },
    });
    // An invalid decision names every option, and every other problem of the request.
    expect(
      await recruiter.expect(400, 'POST', `/api/candidates/${candidateId}/decision`, {
        json: { decision: 'maybe', reason: 'Hmm.' },
      }),
    ).toMatchObject({ field: 'decision', detail: 'decision: must be one of advance, hold or reject' });
    expect(
      (
        await recruiter.expect(400, 'POST', `/api/candidates/${candidateId}/decision`, {
          json: { decision: 'promote' },
        })
      ).detail,
    ).toMatch(/^decision: must be one of advance, hold or reject; reason: /);

    // A decision sent with an API token is attributed to the token and to whoever created it.
    const created = await recruiter.expect(201, 'POST', '/api/tokens', { json: { name: 'ATS sync' } });
    const script = new TestClient(server.app);
    script.bearer = created.token;
    const scripted = await script.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'hold', reason: 'Synced from the ATS.' },
    });
    expect(scripted.decidedBy).toBe('Ada Lovelace (API token "ATS sync")');
  });

  it('serves the report as Markdown, JSON and HTML once evaluated, and 409 before', async () => {
    const { candidateId } = await createJobWithCandidate(recruiter);
    expect(await recruiter.expect(409, 'GET', `/api/candidates/${candidateId}/report`)).toMatchObject({
      code: 'not_ready',
    });
    await evaluate(candidateId);
    const markdown = await recruiter.request('GET', `/api/candidates/${candidateId}/report?format=markdown`);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('content-disposition')).toBe('attachment; filename="priya-raman-report.md"');
    const text = await markdown.text();
    expect(text).toContain('# Candidate Evaluation Report');
    for (const section of ['## 1.', '## 2.', '## 3.', '## 4.', '## 5.', '## 6.', '## 7.'])
      expect(text).toContain(section);
    const json = await recruiter.request('GET', `/api/candidates/${candidateId}/report?format=json`);
    expect(json.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(await json.text())).toBeTypeOf('object');
    const html = await recruiter.request('GET', `/api/candidates/${candidateId}/report?format=html`);
    expect(await html.text()).toMatch(/^<!doctype html>/i);
    await recruiter.expect(400, 'GET', `/api/candidates/${candidateId}/report?format=docx`);
  });

  it('answers 501 for a PDF when Chromium is not installed, never a fake PDF', async () => {
    const { candidateId } = await createJobWithCandidate(recruiter);
    await evaluate(candidateId);
    const problem = await recruiter.expect(501, 'GET', `/api/candidates/${candidateId}/report?format=pdf`);
    expect(problem).toMatchObject({ code: 'not_implemented', detail: expect.stringContaining('Chromium') });
  });

  it('compares the candidates of a job side by side, sorted', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const upload = await recruiter.expect(201, 'POST', `/api/jobs/${job.id}/candidates`, {
      form: filesForm('files', [
        { name: 'strong.md', bytes: EXAMPLE_RESUME_MD },
        { name: 'weak.md', bytes: EXAMPLE_RESUME_MD },
        { name: 'waiting.md', bytes: EXAMPLE_RESUME_MD },
      ]),
    });
    const [strong, weak] = upload.created;
    for (const [candidate, answer] of [
      [strong, undefined],
      [weak, "I don't know."],
    ] as const) {
      const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidate.id}/invitation`, {
        json: {},
      });
      await completeInterview(new TestClient(server.app), link.token, answer);
    }
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(2);
    await worker.stop();

    const comparison = await recruiter.expect(200, 'GET', `/api/jobs/${job.id}/comparison`);
    expect(comparison.job).toEqual({ id: job.id, title: job.title });
    expect(comparison.requirements.map((requirement: { id: string }) => requirement.id)).toEqual(
      job.job.requirements.map((requirement: { id: string }) => requirement.id),
    );
    const order = comparison.rows.map((row: { candidate: { fileName: string } }) => row.candidate.fileName);
    expect(order).toEqual(['strong.md', 'weak.md', 'waiting.md']);
    const [first, second, third] = comparison.rows;
    expect(first.mustHaveTotal).toBe(
      job.job.requirements.filter((r: { priority: string }) => r.priority === 'must').length,
    );
    expect(first.mustHaveMet).toBeGreaterThan(second.mustHaveMet);
    expect(Object.keys(first.coverage).sort()).toEqual(
      comparison.requirements.map((r: { id: string }) => r.id).sort(),
    );
    expect(second.candidate.recommendation).toBe('Do Not Recommend');
    expect(third).toMatchObject({ coverage: {}, mustHaveMet: 0, redFlags: [] });

    const byName = await recruiter.expect(200, 'GET', `/api/jobs/${job.id}/comparison?sort=name`);
    expect(byName.rows.map((row: { candidate: { fileName: string } }) => row.candidate.fileName)).toEqual([
      'strong.md',
      'waiting.md',
      'weak.md',
    ]);
    await recruiter.expect(400, 'GET', `/api/jobs/${job.id}/comparison?sort=salary`);
  });
});
