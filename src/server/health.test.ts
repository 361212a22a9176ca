import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../adapters/storage/create-database.js';
import { openTestApp, type TTestApp } from './__fixtures__/test-app.js';
import { createServer } from './create-server.js';
import { startEvaluationWorker } from './evaluation-worker.js';

describe('GET /healthz and GET /readyz', () => {
  const opened: TTestApp[] = [];
  afterEach(async () => {
    for (const server of opened.splice(0)) await server.dispose().catch(() => undefined);
  });

  async function serverWithWorker() {
    let problem: () => string | undefined = () => 'not started';
    const server = await openTestApp('sqlite', { workerProblem: () => problem() });
    opened.push(server);
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    problem = () => worker.problem();
    return { server, worker };
  }

  it('answers /healthz without a session and without touching the database', async () => {
    const { server } = await serverWithWorker();
    await server.database.close();
    const response = await server.app.request('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers, every migration has run and the worker is alive', async () => {
    const { server } = await serverWithWorker();
    const response = await server.app.request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', worker: 'ok' },
    });
  });

  it('answers 503 naming the database when it is gone', async () => {
    const { server } = await serverWithWorker();
    await server.database.close();
    const response = await server.app.request('/readyz');
    expect(response.status).toBe(503);
    const body = (await response.json()) as {
      status: string;
      reason: string;
      checks: Record<string, string>;
    };
    expect(body.status).toBe('unavailable');
    expect(body.reason).toMatch(/^the database does not answer: /);
    expect(body.checks.migrations).toBe('not checked');
  });

  it('answers 503 when the evaluation worker is stopped, or has not been seen for longer than a claim holds', async () => {
    const { server, worker } = await serverWithWorker();
    server.clock.advance(5 * 60_000 + 1_000);
    const silent = await server.app.request('/readyz');
    expect(silent.status).toBe(503);
    expect(((await silent.json()) as { reason: string }).reason).toBe(
      'the evaluation worker has not checked the queue for 301 s',
    );
    await worker.runOnce();
    expect((await server.app.request('/readyz')).status).toBe(200);
    await worker.stop();
    const stopped = await server.app.request('/readyz');
    expect(stopped.status).toBe(503);
    expect(await stopped.json()).toMatchObject({
      reason: 'the evaluation worker is stopped',
      checks: { database: 'ok', migrations: 'ok', worker: 'the evaluation worker is stopped' },
    });
  });

  it('answers 503 without a worker, and when migrations have not run', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'candor-readyz-'));
    const database = await createDatabase({ url: join(directory, 'candor.sqlite'), migrate: false });
    try {
      const server = createServer({
        database,
        secret: new Uint8Array(32).fill(7),
        renderPdf: null,
        log: () => {},
      });
      const response = await server.app.request('/readyz');
      expect(response.status).toBe(503);
      const body = (await response.json()) as { reason: string; checks: Record<string, string> };
      expect(body.reason).toMatch(/^migrations not applied: 0001_interview_sessions, /);
      expect(body.checks.worker).toBe('no evaluation worker runs with this server');
      await server.close();
    } finally {
      await database.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
