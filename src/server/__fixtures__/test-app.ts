/**
 * An in-process Candor server over a fresh test database (SQLite, or PostgreSQL when
 * CANDOR_TEST_POSTGRES_URL is set), and a small "browser" that keeps its session cookie and CSRF
 * token like the web app does. Requests go through app.request(): the real middleware and routes.
 */
import { readFileSync } from 'node:fs';
import type { TDatabaseKind } from '../../adapters/storage/create-database.js';
import { openTestDatabase, type TTestDatabase } from '../../adapters/storage/__fixtures__/test-databases.js';
import { inProcessWork } from '../../app/work/in-process-work.js';
import { createServer, type TCandorServer, type TCreateServerOptions } from '../create-server.js';

export const EXAMPLE_JOB = readFileSync(new URL('../../../examples/job.md', import.meta.url), 'utf8');
export const EXAMPLE_RESUME_MD = readFileSync(new URL('../../../examples/resume.md', import.meta.url));
export const EXAMPLE_RESUME_PDF = readFileSync(new URL('../../../examples/resume.pdf', import.meta.url));
export const PASSWORD = 'correct horse battery staple';

/** A clock the test moves by hand. */
export function createClock(start = '2026-03-02T09:00:00.000Z') {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    advance(milliseconds: number) {
      time += milliseconds;
    },
  };
}

export type TTestApp = TCandorServer & {
  database: TTestDatabase;
  clock: ReturnType<typeof createClock>;
  dispose(): Promise<void>;
};

export async function openTestApp(
  kind: TDatabaseKind,
  options: Partial<Omit<TCreateServerOptions, 'database'>> = {},
): Promise<TTestApp> {
  const database = await openTestDatabase(kind);
  const clock = createClock();
  const server = createServer({
    database,
    secret: new Uint8Array(32).fill(42),
    now: clock.now,
    renderPdf: null,
    log: () => {},
    // Documents and plans on the test's own thread; worker-threads.test.ts tests the pool.
    work: inProcessWork(),
    // Most tests set up several organisations; the default policy has its own tests.
    signUp: 'open',
    ...options,
  });
  return {
    ...server,
    database,
    clock,
    async dispose() {
      await server.close();
      await database.dispose();
    },
  };
}

export type TRequestOptions = {
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  /** Leave the CSRF header out (to test that it is required). */
  withoutCsrf?: boolean;
};

/** A browser (or a script with a token): keeps the cookie and CSRF token it was given. */
export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  bearer: string | undefined;

  constructor(readonly app: TCandorServer['app']) {}

  async request(method: string, path: string, options: TRequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie !== undefined) headers.cookie = this.cookie;
    if (this.bearer !== undefined) headers.authorization = `Bearer ${this.bearer}`;
    if (method !== 'GET' && this.csrfToken !== undefined && !options.withoutCsrf) headers['x-csrf-token'] = this.csrfToken;
    let body: string | FormData | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form !== undefined) {
      body = options.form;
    }
    const response = await this.app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? undefined : pair;
    }
    return response;
  }

  /** A request that must answer `status`; resolves to its JSON (or text). */
  async expect<T = any>(status: number, method: string, path: string, options: TRequestOptions = {}): Promise<T> {
    const response = await this.request(method, path, options);
    const text = await response.text();
    if (response.status !== status) {
      throw new Error(`${method} ${path}: expected ${status}, got ${response.status}: ${text.slice(0, 500)}`);
    }
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') && text.length > 0 ? JSON.parse(text) : text) as T;
  }
}

/** Signs a recruiter up: a new organisation, or the inviting one with `invitationToken`. */
export async function signUpRecruiter(
  app: TCandorServer['app'],
  input: { email: string; name?: string; organisationName?: string; invitationToken?: string },
): Promise<TestClient & { session: any }> {
  const client = new TestClient(app);
  const session = await client.expect(201, 'POST', '/api/auth/signup', {
    json: { password: PASSWORD, name: input.name ?? 'Recruiter', ...input },
  });
  client.csrfToken = session.csrfToken;
  return Object.assign(client, { session });
}

/** A multipart form with files named as given. */
export function filesForm(field: string, files: { name: string; bytes: Uint8Array | string }[]): FormData {
  const form = new FormData();
  for (const file of files) form.append(field, new File([file.bytes], file.name));
  return form;
}

/** Creates a job from the example description and uploads the example resume; resolves to their ids. */
export async function createJobWithCandidate(client: TestClient): Promise<{ jobId: string; candidateId: string }> {
  const job = await client.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
  const upload = await client.expect(201, 'POST', `/api/jobs/${job.id}/candidates`, {
    form: filesForm('files', [{ name: 'resume.md', bytes: EXAMPLE_RESUME_MD }]),
  });
  return { jobId: job.id, candidateId: upload.created[0].id };
}

/** The events of a text/event-stream body. */
export function parseEvents(text: string): { event: string; data: string }[] {
  return text
    .split(/\n\n/)
    .filter((block) => block.trim().length > 0)
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((line) => line.startsWith('event:'))?.slice(6).trim() ?? 'message';
      const data = lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      return { event, data };
    });
}

/** A good answer, specific and measured, so questions are not probed endlessly. */
export const STRONG_ANSWER =
  'At Lumen I built the Kafka payment pipeline in Go and PostgreSQL, and cut p99 latency by 40% for 2 million payments a day; I owned the rollout and wrote the incident review.';

/** Runs a candidate's interview to the end over the API; resolves to how many answers were sent. */
export async function completeInterview(client: TestClient, token: string, answer = STRONG_ANSWER): Promise<number> {
  await client.expect(200, 'POST', `/api/interview/${token}/consent`);
  for (let answered = 0; answered < 60; answered++) {
    const next = await client.expect(200, 'POST', `/api/interview/${token}/next`, { headers: { accept: 'application/json' } });
    if (next.done === true) return answered;
    await client.expect(200, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: next.turnId, answer, events: [] },
    });
  }
  throw new Error('the interview did not end after 60 answers');
}
