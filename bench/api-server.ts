/**
 * The server the API bench loads, in its own process (so the load generator does not share its
 * event loop): Candor's real server over a fresh SQLite file, the built web app (or a page like
 * its index.html when it is not built), on 127.0.0.1 with a free port. It seeds a recruiter with
 * an API token and a few jobs, then prints `{"port":…,"token":…}` and answers over IPC: `rss` with its resident
 * memory after a garbage collection, `cpu` with the CPU time it has used (µs).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createDatabase } from '../src/adapters/storage/create-database.js';
import { DEFAULT_WEB_ROOT } from '../src/cli/run-serve.js';
import { createServer } from '../src/server/create-server.js';
import { startEvaluationWorker } from '../src/server/evaluation-worker.js';

const directory = mkdtempSync(join(tmpdir(), 'candor-bench-api-'));
let webRoot = DEFAULT_WEB_ROOT;
if (!existsSync(join(webRoot, 'index.html'))) {
  webRoot = join(directory, 'web');
  mkdirSync(webRoot);
  writeFileSync(
    join(webRoot, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Candor</title>${'<meta name="x" content="padding to the size of the built page" />'.repeat(10)}</head><body><div id="root"></div></body></html>`,
  );
}

const database = await createDatabase({ url: join(directory, 'candor.sqlite') });
const server = createServer({
  database,
  secret: new Uint8Array(32).fill(9),
  webRoot,
  renderPdf: null,
  rateLimits: false,
  log: (error) => process.stderr.write(`api-server: ${String(error)}\n`),
});
const worker = startEvaluationWorker(server.context);

async function call(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await server.app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return { json: (await response.json()) as Record<string, unknown>, response };
}

const signUp = await call('POST', '/api/auth/signup', {
  email: 'bench@example.com',
  name: 'Bench',
  organisationName: 'Bench Co',
  password: 'correct horse battery staple',
});
const cookie = (signUp.response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const session = { cookie, 'x-csrf-token': String(signUp.json.csrfToken) };
const token = String((await call('POST', '/api/tokens', { name: 'bench' }, session)).json.token);
const jobText = readFileSync(new URL('../examples/job.md', import.meta.url), 'utf8');
for (let index = 0; index < 5; index++) await call('POST', '/api/jobs', { text: jobText }, session);

const http = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
await new Promise((resolve) => http.once('listening', resolve));
const { port } = http.address() as AddressInfo;

process.on('message', (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  } else if (message === 'rss') {
    globalThis.gc?.();
    process.send?.({ rss: process.memoryUsage().rss });
  } else if (message === 'stop') {
    http.close();
    http.closeAllConnections();
    void worker
      .stop()
      .then(() => server.close())
      .then(() => database.close())
      .finally(() => {
        rmSync(directory, { recursive: true, force: true });
        process.exit(0);
      });
  }
});
process.stdout.write(`${JSON.stringify({ port, token })}\n`);
