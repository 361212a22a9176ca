/**
 * `npm run bench:turns`: N interviews at once (default 200, BENCH_TURNS_N), no think time, on a
 * fresh SQLite file — and on PostgreSQL when BENCH_POSTGRES_URL names a server (a database is
 * created and dropped). Each candidate answers and immediately asks for the next question until
 * the interview ends; one answer → next question pair is timed. Prints p50/p95/p99 and pairs per
 * second. Requests go through the server's real middleware and routes (app.request), in-process,
 * with the server set up as `candor serve` sets it up: documents, plans and offline judgements on
 * worker threads (createCpuWork, the default), the answer reader warmed and the evaluation worker
 * running, so the evaluations of finished interviews run beside the turns as they would in production.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function run(label: string, database: TCandorDatabase): Promise<void> {
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

  const pairs: number[] = [];
  const started = performance.now();
  const loopBefore = performance.eventLoopUtilization();
  const cpuBefore = process.cpuUsage();
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
  const seconds = (performance.now() - started) / 1000;
  // Load-independent figures: the event loop's busy time and the process's CPU (worker threads
  // included), per answer → next question pair.
  const loopBusy = performance.eventLoopUtilization(loopBefore).active;
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = [...pairs].sort((a, b) => a - b);
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(
    `${label.padEnd(10)} N=${N}: ${pairs.length} answer→next pairs in ${seconds.toFixed(1)} s · ` +
      `p50 ${ms(percentile(sorted, 50))} · p95 ${ms(percentile(sorted, 95))} · p99 ${ms(percentile(sorted, 99))} · ` +
      `${(pairs.length / seconds).toFixed(1)} pairs/s · per pair: event loop ${(loopBusy / pairs.length).toFixed(1)} ms, ` +
      `CPU ${((cpu.user + cpu.system) / 1000 / pairs.length).toFixed(1)} ms`,
  );
  await worker.stop();
  await server.close();
}

const directory = mkdtempSync(join(tmpdir(), 'candor-bench-turns-'));
try {
  await run(
    'SQLite',
    await createDatabase({ url: `sqlite:${join(directory, 'candor.sqlite')}` }).then((database) => database),
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
const postgresUrl = process.env.BENCH_POSTGRES_URL?.trim();
if (postgresUrl) {
  const name = `candor_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(postgresUrl);
  target.pathname = `/${name}`;
  const database = await createDatabase({ url: target.toString() });
  try {
    await run('PostgreSQL', database);
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
