import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
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
import { startEvaluationWorker } from './evaluation-worker.js';

describe.each(TEST_DATABASE_KINDS)("one organisation never reaches another's records, on %s", (kind) => {
  let server: TTestApp;
  let alice: TestClient;
  let mallory: TestClient;
  let malloryScript: TestClient;
  let ids: { jobId: string; candidateId: string; tokenId: string; linkToken: string };
  let before: string;

  beforeAll(async () => {
    server = await openTestApp(kind);
    alice = await signUpRecruiter(server.app, { email: 'alice@lumen.example', organisationName: 'Lumen' });
    mallory = await signUpRecruiter(server.app, {
      email: 'mallory@rival.example',
      organisationName: 'Rival',
    });
    const { jobId, candidateId } = await createJobWithCandidate(alice);
    const link = await alice.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, { json: {} });
    await completeInterview(new TestClient(server.app), link.token);
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    await worker.runOnce();
    await worker.stop();
    await alice.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'hold', reason: 'Ours.' },
    });
    const token = await alice.expect(201, 'POST', '/api/tokens', { json: { name: 'alice script' } });
    ids = { jobId, candidateId, tokenId: token.id, linkToken: link.token };
    const created = await mallory.expect(201, 'POST', '/api/tokens', { json: { name: 'mallory script' } });
    malloryScript = new TestClient(server.app);
    malloryScript.bearer = created.token;
    before = JSON.stringify(await alice.expect(200, 'GET', `/api/candidates/${candidateId}`));
  });
  afterAll(async () => {
    await server.dispose();
  });

  const job = (path = '') => `/api/jobs/${ids.jobId}${path}`;
  const candidate = (path = '') => `/api/candidates/${ids.candidateId}${path}`;
  const attempts = (): { method: string; path: () => string; json?: unknown; form?: () => FormData }[] => [
    { method: 'GET', path: () => job() },
    {
      method: 'PUT',
      path: () => job('/requirements'),
      json: { requirements: [{ text: 'Mallory was here.', priority: 'must' }] },
    },
    {
      method: 'PUT',
      path: () => job('/plan'),
      json: {
        plan: {
          version: 1,
          jobTitle: 'x',
          budget: { maxQuestions: 1, minutes: 5, maxProbesPerQuestion: 0 },
          questions: [
            {
              id: 'Q1',
              type: 'JD',
              text: 'Q?',
              requirementIds: [],
              claimIds: [],
              rubric: { strong: 's', adequate: 'a', weak: 'w' },
              minutes: 1,
            },
          ],
        },
      },
    },
    { method: 'GET', path: () => job('/candidates') },
    {
      method: 'POST',
      path: () => job('/candidates'),
      form: () => filesForm('files', [{ name: 'r.md', bytes: EXAMPLE_RESUME_MD }]),
    },
    { method: 'GET', path: () => job('/comparison') },
    { method: 'GET', path: () => candidate() },
    { method: 'POST', path: () => candidate('/invitation'), json: {} },
    { method: 'DELETE', path: () => candidate('/invitation') },
    { method: 'GET', path: () => candidate('/report?format=markdown') },
    { method: 'GET', path: () => candidate('/report?format=json') },
    { method: 'GET', path: () => candidate('/report?format=pdf') },
    { method: 'POST', path: () => candidate('/decision'), json: { decision: 'reject', reason: 'Mallory.' } },
    { method: 'GET', path: () => candidate('/decisions') },
    { method: 'DELETE', path: () => `/api/tokens/${ids.tokenId}` },
  ];

  it.each([
    ['a browser session', () => mallory],
    ['an API token', () => malloryScript],
  ])(
    "answers 404 to every recruiter endpoint given another organisation's ids, through %s",
    async (_, client) => {
      for (const attempt of attempts()) {
        const response = await client().request(attempt.method, attempt.path(), {
          ...(attempt.json === undefined ? {} : { json: attempt.json }),
          ...(attempt.form === undefined ? {} : { form: attempt.form() }),
        });
        const text = await response.text();
        expect(response.status, `${attempt.method} ${attempt.path()}: ${text}`).toBe(404);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect(text).not.toMatch(/Priya|Lumen|Payments|Ours/);
      }
    },
  );

  it("lists only the caller's own records", async () => {
    expect((await mallory.expect(200, 'GET', '/api/jobs')).jobs).toEqual([]);
    const tokens = (await mallory.expect(200, 'GET', '/api/tokens')).tokens;
    expect(tokens.map((token: { name: string }) => token.name)).toEqual(['mallory script']);
  });

  it("leaves the other organisation's records as they were", async () => {
    expect(JSON.stringify(await alice.expect(200, 'GET', `/api/candidates/${ids.candidateId}`))).toBe(before);
    expect(
      (await alice.expect(200, 'GET', `/api/candidates/${ids.candidateId}/decisions`)).decisions,
    ).toHaveLength(1);
    await new TestClient(server.app).expect(200, 'GET', `/api/interview/${ids.linkToken}`);
    expect((await alice.expect(200, 'GET', '/api/tokens')).tokens).toHaveLength(1);
  });
});
