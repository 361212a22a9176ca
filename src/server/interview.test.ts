import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import {
  createJobWithCandidate,
  openTestApp,
  parseEvents,
  STRONG_ANSWER,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';

describe.each(TEST_DATABASE_KINDS)('the interview room on %s', (kind) => {
  let server: TTestApp;
  let recruiter: TestClient;
  let candidateId: string;
  let jobId: string;
  let token: string;
  let candidate: TestClient;

  beforeEach(async () => {
    server = await openTestApp(kind);
    recruiter = await signUpRecruiter(server.app, {
      email: 'ada@example.com',
      organisationName: 'Lumen Ledger',
    });
    ({ jobId, candidateId } = await createJobWithCandidate(recruiter));
    token = (await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, { json: {} }))
      .token;
    candidate = new TestClient(server.app);
  });
  afterEach(async () => {
    await server.dispose();
  });

  async function next(): Promise<{
    events: { event: string; data: string }[];
    question?: { turnId: string; text: string; timeWarning: string | null };
  }> {
    const response = await candidate.request('POST', `/api/interview/${token}/next`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = parseEvents(await response.text());
    const question = events.find((event) => event.event === 'question');
    return { events, ...(question === undefined ? {} : { question: JSON.parse(question.data) }) };
  }

  it('shows the notice before consent: AI interviewer, retention, a human alternative', async () => {
    const room = await candidate.expect(200, 'GET', `/api/interview/${token}`);
    expect(room).toMatchObject({
      jobTitle: 'Senior Backend Engineer — Payments Platform',
      organisationName: 'Lumen Ledger',
      status: 'awaiting_consent',
      notice: { retentionDays: 180 },
      currentQuestion: null,
      history: [],
    });
    expect(room.notice.humanAlternative).toContain('ada@example.com');
    expect(room.progress.planned).toBeGreaterThan(0);
    expect(await candidate.expect(409, 'POST', `/api/interview/${token}/next`)).toMatchObject({
      code: 'conflict',
    });
  });

  it('streams questions, keeps answers, and resumes at the same question after a refresh', async () => {
    const consented = await candidate.expect(200, 'POST', `/api/interview/${token}/consent`);
    expect(consented.status).toBe('in_progress');
    expect((await candidate.expect(200, 'POST', `/api/interview/${token}/consent`)).status).toBe(
      'in_progress',
    );

    const first = await next();
    const tokens = first.events.filter((event) => event.event === 'token').map((event) => event.data);
    expect(tokens.length).toBeGreaterThan(3);
    expect(tokens.join('')).toBe(first.question?.text);
    expect(first.question).toMatchObject({ turnId: 'T1', timeWarning: null });

    // A refresh: the room shows the waiting question, and /next gives the same one again.
    const refreshed = await candidate.expect(200, 'GET', `/api/interview/${token}`);
    expect(refreshed.currentQuestion).toEqual({
      turnId: 'T1',
      text: first.question?.text,
      timeWarning: null,
      position: {
        questionNumber: 1,
        questionCount: expect.any(Number),
        followUpNumber: null,
        isClosing: false,
      },
    });
    expect((await next()).question).toEqual(first.question);

    const multiLine =
      'First, I split the service.\nThen I moved billing events to Kafka.\n\nResult: p99 fell by 40%.';
    const answered = await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
      json: {
        turnId: 'T1',
        answer: multiLine,
        events: [
          { kind: 'blur', at: '2026-03-02T09:01:00.000Z' },
          { kind: 'focus', at: '2026-03-02T09:01:30.000Z' },
          { kind: 'paste', at: '2026-03-02T09:02:00.000Z', characters: 80 },
        ],
      },
    });
    expect(answered.history).toEqual([{ turnId: 'T1', question: first.question?.text, answer: multiLine }]);
    expect(answered.currentQuestion).toBeNull();
    // The same answer again (a retry after the network dropped) changes nothing.
    expect(
      await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
        json: { turnId: 'T1', answer: multiLine },
      }),
    ).toEqual(answered);
    await candidate.expect(409, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: 'T1', answer: 'Something else' },
    });
    await candidate.expect(409, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: 'T9', answer: 'Early' },
    });

    const second = await next();
    expect(second.question?.turnId).toBe('T2');
    const skipped = await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: 'T2', answer: 'half a draft', skip: true },
    });
    // A skipped turn with no text, whatever was in the box: not the answer "skip".
    expect(skipped.history[1]).toEqual({
      turnId: 'T2',
      question: second.question?.text,
      answer: '',
      skipped: true,
    });
    // The same skip again (a retry) is answered like the first; an answer after it is a conflict.
    expect(
      await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
        json: { turnId: 'T2', answer: '', skip: true },
      }),
    ).toEqual(skipped);
    expect(
      await candidate.expect(409, 'POST', `/api/interview/${token}/answer`, {
        json: { turnId: 'T2', answer: '' },
      }),
    ).toMatchObject({ code: 'conflict', detail: expect.stringContaining('T2 was already answered') });
    // And a skip after an answer is one too.
    await candidate.expect(409, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: 'T1', answer: '', skip: true },
    });
    // The skip is taken back while no later answer exists: T2 waits again, the question after it goes.
    const third = await next();
    expect(third.question?.turnId).toBe('T3');
    const undone = await candidate.expect(200, 'POST', `/api/interview/${token}/undo-skip`, {
      json: { turnId: 'T2' },
    });
    expect(undone.currentQuestion).toMatchObject({ turnId: 'T2', text: second.question?.text });
    expect(undone.history).toHaveLength(1);
    expect((await next()).question?.turnId).toBe('T2');
    await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: 'T2', answer: '', skip: true },
    });
    await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: (await next()).question?.turnId, answer: STRONG_ANSWER },
    });
    expect(
      await candidate.expect(409, 'POST', `/api/interview/${token}/undo-skip`, { json: { turnId: 'T2' } }),
    ).toMatchObject({ code: 'conflict', detail: expect.stringContaining('later question was answered') });

    const detail = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(detail.status).toBe('in_progress');
    // The candidate page's breadcrumb names the job before any report exists.
    expect(detail.report).toBeNull();
    expect(detail.jobTitle).toMatch(/^Senior Backend Engineer/);
    expect(detail.progress.answered).toBeGreaterThanOrEqual(1);
    expect(detail.transcript.turns[0]).toMatchObject({ id: 'T1', answer: multiLine });
    expect(detail.transcript.turns[0].events.map((event: { kind: string }) => event.kind)).toEqual([
      'blur',
      'focus',
      'paste',
    ]);
    expect(detail.transcript.turns[1]).toMatchObject({ id: 'T2', answer: '', skipped: true });
  });

  it('reads a typed "skip" or "pass" as an answer: a skip by the reader, kept as written', async () => {
    await candidate.expect(200, 'POST', `/api/interview/${token}/consent`);
    const first = await next();
    const typed = await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: first.question?.turnId, answer: 'pass' },
    });
    expect(typed.history[0]).toEqual({ turnId: 'T1', question: first.question?.text, answer: 'pass' });
    // Sent again as typed: the same answer; the skip button on it: another reply, a conflict.
    await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: 'T1', answer: 'pass' },
    });
    await candidate.expect(409, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: 'T1', answer: '', skip: true },
    });
    const detail = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(detail.transcript.turns[0]).toMatchObject({ id: 'T1', answer: 'pass', skipped: true });
  });

  it('never shows the candidate a score, before or after the evaluation', async () => {
    await candidate.expect(200, 'POST', `/api/interview/${token}/consent`);
    for (let turn = 0; turn < 60; turn++) {
      const { question } = await next();
      if (question === undefined) break;
      await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
        json: { turnId: question.turnId, answer: STRONG_ANSWER },
      });
    }
    const done = await next();
    expect(done.events.at(-1)).toEqual({ event: 'done', data: '{}' });
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    await worker.runOnce();
    await worker.stop();
    expect((await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`)).status).toBe('evaluated');
    // The list shows the outcome at a glance: must-haves met as the report counts them.
    const report = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}/report?format=json`);
    const musts = report.requirements.filter(
      (requirement: { priority: string }) => requirement.priority === 'must',
    );
    const { candidates } = await recruiter.expect(200, 'GET', `/api/jobs/${jobId}/candidates`);
    expect(musts.length).toBeGreaterThan(0);
    expect(candidates[0].mustHaves).toEqual({
      met: musts.filter((requirement: { status: string }) => requirement.status === 'met').length,
      total: musts.length,
    });
    // A report saved before the counts were stored beside it is counted from the report itself.
    await server.context.db
      .updateTable('interview_sessions')
      .set({ must_haves_met: null, must_haves_total: null })
      .execute();
    const before = await recruiter.expect(200, 'GET', `/api/jobs/${jobId}/candidates`);
    expect(before.candidates[0].mustHaves).toEqual(candidates[0].mustHaves);

    const room = await candidate.expect(200, 'GET', `/api/interview/${token}`);
    expect(room.status).toBe('completed');
    expect(room.currentQuestion).toBeNull();
    expect(Object.keys(room).sort()).toEqual(
      [
        'currentQuestion',
        'history',
        'jobTitle',
        'language',
        'notice',
        'organisationName',
        'progress',
        'selfIdentification',
        'status',
      ].sort(),
    );
    expect(JSON.stringify(room)).not.toMatch(/recommend|verdict|score|red ?flag/i);
    await candidate.expect(409, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: 'T1', answer: 'more' },
    });
  });

  it('a link opens its interview and nothing else: no report, no other interview, no recruiter endpoint', async () => {
    await candidate.expect(200, 'POST', `/api/interview/${token}/consent`);
    // Another candidate of the same job, with their own link.
    const other = await recruiter.expect(201, 'POST', `/api/jobs/${jobId}/candidates`, {
      form: (() => {
        const form = new FormData();
        form.append('files', new File(['# Sam Lee\n\n## Skills\n- Go\n- PostgreSQL\n'], 'sam.md'));
        return form;
      })(),
    });
    const otherLink = await recruiter.expect(
      201,
      'POST',
      `/api/candidates/${other.created[0].id}/invitation`,
      { json: {} },
    );
    const mine = await candidate.expect(200, 'GET', `/api/interview/${token}`);
    const theirs = await candidate.expect(200, 'GET', `/api/interview/${otherLink.token}`);
    expect(theirs.status).toBe('awaiting_consent');
    expect(mine.status).toBe('in_progress');

    // The token as an API token, or with no credentials at all: every recruiter endpoint refuses.
    const withToken = new TestClient(server.app);
    withToken.bearer = token;
    const anonymous = new TestClient(server.app);
    const recruiterPaths = [
      `/api/candidates/${candidateId}/report?format=json`,
      `/api/candidates/${candidateId}`,
      `/api/candidates/${candidateId}/decisions`,
      `/api/jobs/${jobId}/candidates`,
      `/api/jobs/${jobId}/comparison`,
      `/api/jobs/${jobId}`,
      '/api/jobs',
      '/api/me',
      '/api/tokens',
    ];
    for (const path of recruiterPaths) {
      expect((await withToken.request('GET', path)).status, path).toBe(401);
      expect((await anonymous.request('GET', path)).status, path).toBe(401);
    }
    expect(
      (
        await anonymous.request('POST', `/api/candidates/${candidateId}/decision`, {
          json: { decision: 'advance', reason: 'x' },
        })
      ).status,
    ).toBe(401);
    // Paths under the token reach nothing but the room's four endpoints.
    for (const path of [
      `/api/interview/${token}/report`,
      `/api/interview/${token}/../../candidates/${candidateId}`,
    ]) {
      const response = await anonymous.request('GET', path);
      expect([401, 404], path).toContain(response.status);
    }
  });

  it('lets an interview under way finish after its link expires, within its time budget', async () => {
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: { expiresInDays: 1 },
    });
    token = link.token;
    server.clock.advance(86_400_000 - 60_000);
    await candidate.expect(200, 'POST', `/api/interview/${token}/consent`);
    const { question } = await next();
    server.clock.advance(5 * 60_000);
    const room = await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: question?.turnId, answer: STRONG_ANSWER },
    });
    expect(room.history).toHaveLength(1);
    server.clock.advance(3 * 3_600_000);
    expect(await candidate.expect(410, 'GET', `/api/interview/${token}`)).toMatchObject({
      code: 'link_expired',
      detail:
        'This interview link has expired. Lumen Ledger sent this link; write to ada@example.com for a new link if you would still like to interview.',
    });
    // A replaced link names the organisation and whom to write to as well.
    await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, { json: {} });
    expect(await candidate.expect(410, 'GET', `/api/interview/${token}`)).toMatchObject({
      code: 'link_revoked',
      detail: expect.stringContaining('Lumen Ledger sent this link; write to ada@example.com'),
    });
  });

  it('rate-limits the interview endpoints per link', async () => {
    const limited = await openTestApp(kind, { rateLimits: { interview: { capacity: 5, perMinute: 1 } } });
    try {
      const owner = await signUpRecruiter(limited.app, { email: 'bo@example.com' });
      const ids = await createJobWithCandidate(owner);
      const link = await owner.expect(201, 'POST', `/api/candidates/${ids.candidateId}/invitation`, {
        json: {},
      });
      const client = new TestClient(limited.app);
      for (let request = 0; request < 5; request++)
        await client.expect(200, 'GET', `/api/interview/${link.token}`);
      const response = await client.request('GET', `/api/interview/${link.token}`);
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).not.toBeNull();
    } finally {
      await limited.dispose();
    }
  });
});
