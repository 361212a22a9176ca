/**
 * `npm run bench:load` (after compiling the CLI): one organisation floods a real `candor serve` (its own process, on
 * 127.0.0.1, a throwaway SQLite file) with uploads, 300-requirement jobs, oversized requests and
 * open event streams, while another organisation's requests are timed. Bounded: it stops by
 * itself after a few seconds of quiet and of flood. Prints the other organisation's latencies
 * (goal: p99 < 200 ms during the flood) and what the flood got done.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longJobText } from '../test/support/long-job-text.js';
import { wordParagraph, writeDocx } from '../test/support/write-zip.js';

const QUIET_MS = Number(process.env.LOAD_QUIET_MS ?? 5_000);
const FLOOD_MS = Number(process.env.LOAD_FLOOD_MS ?? 15_000);
const STREAMS = 20;

const root = new URL('../', import.meta.url);
const exampleJob = readFileSync(new URL('examples/job.md', root), 'utf8');
const resumePdf = readFileSync(new URL('examples/resume.pdf', root));
const resumeMd = readFileSync(new URL('examples/resume.md', root));
const resumeDocx = writeDocx(
  readFileSync(new URL('examples/resume.md', root), 'utf8')
    .split('\n')
    .map((line) => wordParagraph(line))
    .join(''),
);

type TSession = { cookie: string; csrf: string };

async function startServer(directory: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.LOAD_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []),
      fileURLToPath(new URL('bin/candor.js', root)),
      'serve',
      // Two organisations sign up: the flooding one and the one whose requests are timed.
      '--sign-up',
      'open',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--database',
      join(directory, 'load.sqlite'),
      '--audit-log',
      join(directory, 'audit.jsonl'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CANDOR_SECRET: 'a'.repeat(64) } },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`candor serve did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`candor serve exited (${code}): ${output}`)));
  });
  return { url, child };
}

async function signUp(url: string, email: string, organisationName: string): Promise<TSession> {
  const response = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a long load-test passphrase', name: 'Load', organisationName }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: csrfToken };
}

function request(
  url: string,
  session: TSession,
  method: string,
  path: string,
  body?: string | FormData | object,
) {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  let payload: string | FormData | undefined;
  if (body instanceof FormData || typeof body === 'string') payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  return fetch(`${url}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

function summary(name: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const fixed = (value: number) => value.toFixed(1).padStart(7);
  return `${name.padEnd(46)} n=${String(sorted.length).padStart(5)}  p50 ${fixed(percentile(sorted, 0.5))} ms  p95 ${fixed(percentile(sorted, 0.95))} ms  p99 ${fixed(percentile(sorted, 0.99))} ms  max ${fixed(sorted.at(-1) ?? Number.NaN)} ms`;
}

/** The other organisation: one request after another, timed, until `until`. */
async function victim(url: string, session: TSession, jobId: string, until: number) {
  const times: Record<string, number[]> = {
    'GET /api/me': [],
    'GET /api/jobs': [],
    'GET candidates': [],
    'POST /api/jobs (plan)': [],
  };
  const all: number[] = [];
  const calls: Array<[string, () => Promise<Response>]> = [
    ['GET /api/me', () => request(url, session, 'GET', '/api/me')],
    ['GET /api/jobs', () => request(url, session, 'GET', '/api/jobs')],
    ['GET candidates', () => request(url, session, 'GET', `/api/jobs/${jobId}/candidates`)],
    ['POST /api/jobs (plan)', () => request(url, session, 'POST', '/api/jobs', { text: exampleJob })],
  ];
  let index = 0;
  let failures = 0;
  while (Date.now() < until) {
    const [name, call] = calls[index++ % calls.length] ?? calls[0]!;
    const started = performance.now();
    const response = await call();
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (!response.ok) failures++;
    times[name]?.push(elapsed);
    all.push(elapsed);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { times, all, failures };
}

/** The flooding organisation: concurrent loops of heavy requests and open streams until `until`. */
async function flood(url: string, session: TSession, jobId: string, until: number) {
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const loop = async (name: string, call: () => Promise<Response>) => {
    while (Date.now() < until) {
      try {
        const response = await call();
        await response.arrayBuffer();
        count(`${name} → ${response.status}`);
      } catch {
        count(`${name} → network error`);
      }
    }
  };
  const controller = new AbortController();
  const streams = Array.from({ length: STREAMS }, async () => {
    try {
      const response = await fetch(`${url}/api/jobs/${jobId}/events`, {
        headers: { cookie: session.cookie },
        signal: controller.signal,
      });
      count(`event stream opened → ${response.status}`);
      const reader = response.body?.getReader();
      while (reader !== undefined) {
        const { done } = await reader.read();
        if (done) break;
        count('event stream chunks');
      }
    } catch {
      // Aborted at the end of the flood.
    }
  });
  const uploads = () => {
    const form = new FormData();
    form.append('files', new File([resumePdf], 'resume.pdf'));
    form.append('files', new File([resumeDocx], 'resume.docx'));
    form.append('files', new File([resumeMd], 'resume.md'));
    return request(url, session, 'POST', `/api/jobs/${jobId}/candidates`, form);
  };
  const bigJob = longJobText(300);
  // Bodies serialised once: the generator shares the machine with the server it measures.
  const tooMany = JSON.stringify({
    requirements: Array.from({ length: 40_000 }, (_, index) => ({ text: `Go ${index}`, priority: 'must' })),
  });
  const bigJobBody = JSON.stringify({ text: bigJob });
  const json = (method: string, path: string, body: string) =>
    fetch(`${url}${path}`, {
      method,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
      body,
    });
  const deep = `{"text":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
  await Promise.all([
    loop('upload 3 resumes', uploads),
    loop('upload 3 resumes', uploads),
    loop('upload 3 resumes', uploads),
    loop('POST 300-requirement job', () => json('POST', '/api/jobs', bigJobBody)),
    loop('POST 300-requirement job', () => json('POST', '/api/jobs', bigJobBody)),
    loop('POST 300-requirement job', () => json('POST', '/api/jobs', bigJobBody)),
    loop('PUT 40,000 requirements', () => json('PUT', `/api/jobs/${jobId}/requirements`, tooMany)),
    loop('POST deeply nested JSON', () => json('POST', '/api/jobs', deep)),
    new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, until - Date.now()))).then(() =>
      controller.abort(),
    ),
  ]);
  await Promise.all(streams);
  return counts;
}

type TVictimResult = Awaited<ReturnType<typeof victim>>;

/** The other organisation's requests run in a process of their own, so the flood's client never delays them. */
async function victimProcess(
  url: string,
  session: TSession,
  jobId: string,
  durationMs: number,
): Promise<TVictimResult> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--victim',
      JSON.stringify({ url, session, jobId, durationMs }),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  await new Promise((resolve) => child.once('exit', resolve));
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as TVictimResult;
}

if (process.argv[2] === '--victim') {
  const { url, session, jobId, durationMs } = JSON.parse(process.argv[3] ?? '{}');
  console.log(JSON.stringify(await victim(url, session, jobId, Date.now() + durationMs)));
} else {
  const directory = mkdtempSync(join(tmpdir(), 'candor-load-'));
  const { url, child } = await startServer(directory);
  try {
    const flooder = await signUp(url, 'flood@example.com', 'Flooding Org');
    const other = await signUp(url, 'other@example.com', 'Other Org');
    const floodJob = (await (
      await request(url, flooder, 'POST', '/api/jobs', { text: exampleJob })
    ).json()) as { id: string };
    const otherJob = (await (
      await request(url, other, 'POST', '/api/jobs', { text: exampleJob })
    ).json()) as {
      id: string;
    };
    await request(
      url,
      other,
      'POST',
      `/api/jobs/${otherJob.id}/candidates`,
      (() => {
        const form = new FormData();
        form.append('files', new File([resumeMd], 'resume.md'));
        return form;
      })(),
    );

    console.log(
      `load test: candor serve at ${url}; ${QUIET_MS / 1000} s quiet, then ${FLOOD_MS / 1000} s of flood`,
    );
    const quiet = await victimProcess(url, other, otherJob.id, QUIET_MS);
    const until = Date.now() + FLOOD_MS;
    const [during, floodCounts] = await Promise.all([
      victimProcess(url, other, otherJob.id, FLOOD_MS),
      flood(url, flooder, floodJob.id, until),
    ]);

    console.log('\nthe other organisation, server quiet:');
    console.log(summary('all requests', quiet.all));
    console.log('\nthe other organisation, while one organisation floods:');
    for (const [name, times] of Object.entries(during.times)) console.log(summary(name, times));
    console.log(summary('all requests', during.all));
    const p99 = percentile(
      [...during.all].sort((a, b) => a - b),
      0.99,
    );
    const quietP99 = percentile(
      [...quiet.all].sort((a, b) => a - b),
      0.99,
    );
    console.log(
      `p99 during the flood: ${p99.toFixed(1)} ms (goal < 200 ms); ${(p99 / quietP99).toFixed(1)}× the p99 of the quiet server in the same run${during.failures > 0 ? `; ${during.failures} requests failed` : ''}`,
    );
    console.log('\nthe flood (requests → status: count):');
    for (const [key, value] of [...floodCounts.entries()].sort()) console.log(`  ${key}: ${value}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(directory, { recursive: true, force: true });
  }
}
