import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longJobText } from '../../test/support/long-job-text.js';
import { LIMITS } from '../core/limits/limits.js';
import {
  EXAMPLE_JOB,
  openTestApp,
  signUpRecruiter,
  type TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';

describe('limits on requests', () => {
  let server: TTestApp;
  let recruiter: TestClient;
  beforeAll(async () => {
    server = await openTestApp('sqlite');
    recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('refuses 40,000 edited requirements before parsing them, with 413 limit_exceeded naming the limit', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const requirements = Array.from({ length: 40_000 }, (_, index) => ({
      text: `Go ${index}`,
      priority: 'must',
    }));
    const problem = await recruiter.expect(413, 'PUT', `/api/jobs/${job.id}/requirements`, {
      json: { requirements },
    });
    expect(problem.code).toBe('limit_exceeded');
    expect(problem.detail).toContain('more than 20,000 JSON values');
    expect(problem.detail).toContain('maxJsonValues');
    // Under the values limit but over maxRequirements: refused by the use case.
    const many = await recruiter.expect(413, 'PUT', `/api/jobs/${job.id}/requirements`, {
      json: { requirements: requirements.slice(0, LIMITS.maxRequirements + 1) },
    });
    expect(many.code).toBe('limit_exceeded');
    expect(many.detail).toContain(`up to ${LIMITS.maxRequirements} (limit maxRequirements)`);
    // The job is unchanged.
    expect(await recruiter.expect(200, 'GET', `/api/jobs/${job.id}`)).toEqual(job);
  });

  it('plans a 300-requirement job posted as text', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: longJobText(300) } });
    expect(job.job.requirements).toHaveLength(300);
    expect(job.plan.questions).toHaveLength(7);
  });

  it('refuses a job posted with more requirements than the limit as 422 naming the limit', async () => {
    const problem = await recruiter.expect(422, 'POST', '/api/jobs', {
      json: { text: longJobText(LIMITS.maxRequirements + 1) },
    });
    expect(problem.code).toBe('invalid_document');
    expect(problem.detail).toContain('maxRequirements');
  });

  it('refuses a deeply nested JSON body with 413 before any route parses it', async () => {
    const depth = 500_000;
    const response = await server.app.request('/api/jobs', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: recruiter.cookie ?? '',
        'x-csrf-token': recruiter.csrfToken ?? '',
      },
      body: `{"text":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    });
    expect(response.status).toBe(413);
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('limit_exceeded');
    expect(problem.detail).toContain('maxJsonDepth');
  });
});
