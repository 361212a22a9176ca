/**
 * `npm run bench:turns`: N interviews at once (default 200, BENCH_TURNS_N), no think time, on a
 * fresh SQLite file — and on PostgreSQL when BENCH_POSTGRES_URL names a server (a database is
 * created and dropped). Each candidate answers and immediately asks for the next question until
 * the interview ends; one answer → next question pair is timed. Prints p50/p95/p99 and pairs per
 * second, measured two ways (BENCH_TURNS_CLIENT=http or in-process for one): real clients are
 * remote, so by default the candidates run in a child process of their own, each on its own
 * keep-alive connection over HTTP on 127.0.0.1 to the server listening as `candor serve` listens
 * (@hono/node-server); `in-process` drives the same routes with app.request from the server's own
 * event loop, where the client's work competes with the server's. Either way the server is set
 * up as `candor serve` sets it up: documents, plans and offline judgements on
 * worker threads (createCpuWork, the default), the answer reader warmed and the evaluation worker
 * running, so the evaluations of finished interviews run beside the turns as they would in production.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { createDatabase, type TCandorDatabase } from '../src/adapters/storage/create-database.js';
import { warmAnswerReader } from '../src/app/interview/warm-answer-reader.js';
import { createServer } from '../src/server/create-server.js';
import { startEvaluationWorker } from '../src/server/evaluation-worker.js';

const N = Number(process.env.BENCH_TURNS_N ?? 200);
const root = new URL('../', import.meta.url);
const JOB = readFileSync(new URL('examples/job.md', root), 'utf8');
const RESUME = readFileSync(new URL('examples/resume.md', root));
const ANSWER =
  'At Lumen I built the Kafka payment pipeline in Go and PostgreSQL, and cut p99 latency by 40% for 2 million payments a day; I owned the rollout and wrote the incident review.';

type TApp = ReturnType<typeof createServer>['app'];

async function call(
  app: TApp,
  method: string,
  path: string,
  init: { json?: unknown; form?: FormData; cookie?: string; csrf?: string } = {},
) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.cookie !== undefined) headers.cookie = init.cookie;
  if (init.csrf !== undefined) headers['x-csrf-token'] = init.csrf;
  let body: string | FormData | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.form !== undefined) body = init.form;
  const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return {
    json: text.length > 0 ? JSON.parse(text) : undefined,
    cookie: response.headers.get('set-cookie')?.split(';')[0],
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** One candidate's interview over HTTP: answer, then at once ask for the next question; each pair timed. */
async function interviewOverHttp(port: number, agent: Agent, token: string, pairs: number[]): Promise<void> {
  const post = (path: string, body?: unknown) =>
    new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
      const text = body === undefined ? '' : JSON.stringify(body);
      const outgoing = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          agent,
          headers: {
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            'content-length': Buffer.byteLength(text),
          },
        },
        (response) => {
          let received = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            received += chunk;
          });
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            if (status >= 300) reject(new Error(`POST ${path}: ${status} ${received.slice(0, 300)}`));
            else resolve({ status, json: received.length > 0 ? JSON.parse(received) : {} });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(text);
    });
  let next = (await post(`/api/interview/${token}/next`)).json;
  while (next.done !== true) {
    const t0 = performance.now();
    await post(`/api/interview/${token}/answer`, { turnId: next.turnId, answer: ANSWER, events: [] });
    next = (await post(`/api/interview/${token}/next`)).json;
    pairs.push(performance.now() - t0);
  }
}

/** The child process's part: every candidate at once over HTTP; prints the timed pairs as JSON. */
async function clientProcess(port: number, tokens: readonly string[]): Promise<void> {
  // One keep-alive connection per candidate, as each browser has its own.
  const agent = new Agent({ keepAlive: true, maxSockets: tokens.length });
  const pairs: number[] = [];
  const started = performance.now();
  await Promise.all(tokens.map((token) => interviewOverHttp(port, agent, token, pairs)));
  agent.destroy();
  console.log(JSON.stringify({ pairs, seconds: (performance.now() - started) / 1000 }));
}

/** Runs the candidates in a child process of their own against the listening server. */
function runClientProcess(
  port: number,
  tokens: readonly string[],
): Promise<{ pairs: number[]; seconds: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--client', String(port), JSON.stringify(tokens)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the client process ended with code ${code}`));
      else resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}'));
    });
  });
}

async function run(label: string, database: TCandorDatabase, client: 'http' | 'in-process'): Promise<void> {
  const server = createServer({
    database,
    secret: randomBytes(32),
    renderPdf: null,
    rateLimits: false,
    log: () => {},
  });
  const worker = startEvaluationWorker(server.context);
  // As `candor serve` does before it listens.
  warmAnswerReader();
  const { app } = server;
  const listening =
    client === 'http'
      ? await new Promise<{ http: ReturnType<typeof serve>; port: number }>((resolve) => {
          const http = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (address: AddressInfo) =>
            resolve({ http, port: address.port }),
          );
        })
      : undefined;
  const signUp = await call(app, 'POST', '/api/auth/signup', {
    json: {
      email: 'bench@example.com',
      password: 'correct horse battery staple',
      name: 'Bench',
      organisationName: 'Bench',
    },
  });
  const auth = { cookie: signUp.cookie as string, csrf: signUp.json.csrfToken as string };
  const job = (await call(app, 'POST', '/api/jobs', { ...auth, json: { text: JOB } })).json;
  const ids: string[] = [];
  while (ids.length < N) {
    const form = new FormData();
    for (let index = 0; index < Math.min(50, N - ids.length); index++)
      form.append('files', new File([RESUME], `r${ids.length + index}.md`));
    const created = (await call(app, 'POST', `/api/jobs/${job.id}/candidates`, { ...auth, form })).json
      .created as { id: string }[];
    ids.push(...created.map((candidate) => candidate.id));
  }
  const tokens: string[] = [];
  for (const id of ids) {
    tokens.push(
      (await call(app, 'POST', `/api/candidates/${id}/invitation`, { ...auth, json: {} })).json.token,
    );
  }
  for (const token of tokens) await call(app, 'POST', `/api/interview/${token}/consent`);

  let pairs: number[] = [];
  let seconds: number;
  const loopBefore = performance.eventLoopUtilization();
  const cpuBefore = process.cpuUsage();
  if (listening !== undefined) {
    ({ pairs, seconds } = await runClientProcess(listening.port, tokens));
  } else {
    const started = performance.now();
    await Promise.all(
      tokens.map(async (token) => {
        let next = (await call(app, 'POST', `/api/interview/${token}/next`)).json;
        while (next.done !== true) {
          const t0 = performance.now();
          await call(app, 'POST', `/api/interview/${token}/answer`, {
            json: { turnId: next.turnId, answer: ANSWER, events: [] },
          });
          next = (await call(app, 'POST', `/api/interview/${token}/next`)).json;
          pairs.push(performance.now() - t0);
        }
      }),
    );
    seconds = (performance.now() - started) / 1000;
  }
  // Load-independent figures: the server's event-loop busy time and its process's CPU (worker
  // threads included; the HTTP client's process not), per answer → next question pair.
  const loopBusy = performance.eventLoopUtilization(loopBefore).active;
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = [...pairs].sort((a, b) => a - b);
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(
    `${`${label}, ${client === 'http' ? 'HTTP client (own process)' : 'in-process client'}`.padEnd(40)} N=${N}: ${pairs.length} answer→next pairs in ${seconds.toFixed(1)} s · ` +
      `p50 ${ms(percentile(sorted, 50))} · p95 ${ms(percentile(sorted, 95))} · p99 ${ms(percentile(sorted, 99))} · ` +
      `${(pairs.length / seconds).toFixed(1)} pairs/s · per pair: event loop ${(loopBusy / pairs.length).toFixed(1)} ms, ` +
      `CPU ${((cpu.user + cpu.system) / 1000 / pairs.length).toFixed(1)} ms`,
  );
  if (listening !== undefined) await new Promise((resolve) => listening.http.close(resolve));
  await worker.stop();
  await server.close();
}

const CLIENTS: readonly ('http' | 'in-process')[] =
  process.env.BENCH_TURNS_CLIENT === 'http'
    ? ['http']
    : process.env.BENCH_TURNS_CLIENT === 'in-process'
      ? ['in-process']
      : ['http', 'in-process'];

if (process.argv[2] === '--client') {
  await clientProcess(Number(process.argv[3]), JSON.parse(process.argv[4] ?? '[]') as string[]);
} else {
  for (const client of CLIENTS) {
    const directory = mkdtempSync(join(tmpdir(), 'candor-bench-turns-'));
    try {
      await run(
        'SQLite',
        await createDatabase({ url: `sqlite:${join(directory, 'candor.sqlite')}` }),
        client,
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  const postgresUrl = process.env.BENCH_POSTGRES_URL?.trim();
  if (postgresUrl) {
    for (const client of CLIENTS) {
      const name = `candor_bench_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const target = new URL(postgresUrl);
      target.pathname = `/${name}`;
      const database = await createDatabase({ url: target.toString() });
      try {
        await run('PostgreSQL', database, client);
      } finally {
        await database.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    }
  }
}
