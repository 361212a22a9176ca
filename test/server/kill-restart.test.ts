/**
 * Killing the server in the middle of an interview loses no answer: a real `candor serve`
 * process, answered over HTTP, killed with SIGKILL, started again on the same database; the
 * candidate continues at the same question and the interview is evaluated. Needs `npm run build`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openTestDatabase,
  TEST_DATABASE_KINDS,
  type TTestDatabase,
} from '../../src/adapters/storage/__fixtures__/test-databases.js';
import { isBuilt, startServe, type TServeProcess } from './serve-process.js';

const JOB = readFileSync(new URL('../../examples/job.md', import.meta.url), 'utf8');
const RESUME = readFileSync(new URL('../../examples/resume.md', import.meta.url));
const ANSWER =
  'At Lumen I built the Kafka payment pipeline in Go and PostgreSQL, and cut p99 latency by 40% for 2 million payments a day; I owned the rollout.';

/** A recruiter's browser over fetch: the session cookie and the CSRF token. */
class Browser {
  cookie = '';
  csrfToken = '';
  constructor(public base: string) {}

  // biome-ignore lint/suspicious/noExplicitAny: answers are JSON the assertions check
  async call(method: string, path: string, body?: unknown, accept = 'application/json'): Promise<any> {
    const headers: Record<string, string> = { accept };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${this.base}${path}`, { method, headers, body: payload });
    const cookie = response.headers.getSetCookie()[0];
    if (cookie !== undefined) this.cookie = cookie.split(';')[0] ?? '';
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text.length === 0
      ? undefined
      : response.headers.get('content-type')?.includes('event-stream')
        ? text
        : JSON.parse(text);
  }
}

/** Asks for the next question as the web app does: a text/event-stream. */
const next = (browser: Browser, room: string): Promise<string> =>
  browser.call('POST', `${room}/next`, undefined, 'text/event-stream');

/** The question a /next stream ends with, or undefined when it says done. */
function questionOf(stream: string): { turnId: string; text: string } | undefined {
  const match = /event: question\ndata: (.*)\n/.exec(stream);
  return match?.[1] === undefined ? undefined : JSON.parse(match[1]);
}

async function poll<T>(read: () => Promise<T>, isDone: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each(TEST_DATABASE_KINDS)('candor serve on %s, killed in the middle of an interview', (kind) => {
  let directory: string;
  let postgres: TTestDatabase | undefined;
  const processes: TServeProcess[] = [];
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'candor-serve-'));
  });
  afterEach(async () => {
    for (const process of processes.splice(0)) {
      if (process.child.exitCode === null && process.child.signalCode === null) process.child.kill('SIGKILL');
      await process.exited;
    }
    await postgres?.dispose();
    rmSync(directory, { recursive: true, force: true });
  });

  it('loses no answer, resumes at the same question and still evaluates', { timeout: 180_000 }, async () => {
    expect(isBuilt(), 'run `npm run build` first: this test starts dist/cli/main.js').toBe(true);
    let database = join(directory, 'candor.sqlite');
    if (kind === 'postgres') {
      postgres = await openTestDatabase('postgres');
      database = postgres.url;
    }
    const first = await startServe(['--database', database]);
    processes.push(first);

    const recruiter = new Browser(first.url);
    const session = await recruiter.call('POST', '/api/auth/signup', {
      email: 'ada@example.com',
      password: 'correct horse battery staple',
      name: 'Ada',
    });
    recruiter.csrfToken = session.csrfToken;
    const job = await recruiter.call('POST', '/api/jobs', { text: JOB });
    const form = new FormData();
    form.append('files', new File([RESUME], 'resume.md'));
    const candidateId = (await recruiter.call('POST', `/api/jobs/${job.id}/candidates`, form)).created[0].id;
    const link = await recruiter.call('POST', `/api/candidates/${candidateId}/invitation`, {
      expiresInDays: 7,
    });
    expect(link.url.startsWith(first.url)).toBe(true);

    const candidate = new Browser(first.url);
    const room = `/api/interview/${link.token}`;
    await candidate.call('POST', `${room}/consent`, {});
    const answered: { turnId: string; question: string; answer: string }[] = [];
    for (let turn = 1; turn <= 2; turn++) {
      const question = questionOf(await next(candidate, room));
      if (question === undefined) throw new Error('the interview ended early');
      const answer = `${ANSWER} (answer ${turn})`;
      await candidate.call('POST', `${room}/answer`, { turnId: question.turnId, answer, events: [] });
      answered.push({ turnId: question.turnId, question: question.text, answer });
    }
    const waiting = questionOf(await next(candidate, room));
    expect(waiting?.turnId).toBe('T3');

    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await startServe(['--database', database]);
    processes.push(second);
    candidate.base = second.url;
    recruiter.base = second.url;

    const resumed = await candidate.call('GET', room);
    expect(resumed.status).toBe('in_progress');
    expect(resumed.history).toEqual(answered);
    expect(resumed.currentQuestion).toEqual({ ...waiting, timeWarning: null });
    expect(questionOf(await next(candidate, room))).toEqual({ ...waiting, timeWarning: null });
    // The recruiter is still signed in: the session and the generated secret are in the database.
    expect((await recruiter.call('GET', '/api/me')).csrfToken).toBe(session.csrfToken);

    let question = waiting;
    while (question !== undefined) {
      await candidate.call('POST', `${room}/answer`, { turnId: question.turnId, answer: ANSWER, events: [] });
      question = questionOf(await next(candidate, room));
    }
    const done = await candidate.call('GET', room);
    expect(done.status).toBe('completed');
    expect(done.history.slice(0, 2)).toEqual(answered);

    const evaluated = await poll(
      () => recruiter.call('GET', `/api/candidates/${candidateId}`),
      (detail) => detail.status === 'evaluated',
      'the evaluation',
    );
    expect(evaluated.report.answers.length).toBe(done.history.length);
    const report = await fetch(`${second.url}/api/candidates/${candidateId}/report?format=markdown`, {
      headers: { cookie: recruiter.cookie },
    });
    expect(await report.text()).toContain(`${ANSWER} (answer 1)`);

    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  });
});
