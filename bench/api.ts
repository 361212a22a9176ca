/**
 * The API under load, against a real server in its own process on 127.0.0.1 (bench/api-server.ts):
 * the throughput of an authenticated read (GET /api/jobs with an API token) as a share of the
 * static page's (GET /, the web app's index.html) in the same run, both as requests per second and
 * per second of the server's CPU (steadier on a shared machine); and the server's memory under
 * sustained load: resident memory after all the soak's requests against after its first 10,000.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runLoad } from './loopback-load.js';

const CONNECTIONS = 32;
const ROUNDS = 5;
const REQUESTS_PER_ROUND = 4_000;

export type TApiBench = {
  /** Median requests per second over the rounds. */
  staticPerSecond: number;
  apiPerSecond: number;
  /** Median of each round's API / static-page ratio. */
  throughputRatio: number;
  /** Median server CPU time per request (µs), and the static page's / the API's. */
  staticCpuMicros: number;
  apiCpuMicros: number;
  cpuThroughputRatio: number;
  soak: { requests: number; rssAfter10kMb: number; rssAfterAllMb: number; ratio: number; failed: number };
};

type TServer = { child: ChildProcess; port: number; token: string };

function startServer(): Promise<TServer> {
  const child = fork(fileURLToPath(new URL('./api-server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const newline = output.indexOf('\n');
      if (newline >= 0) resolve({ child, ...JSON.parse(output.slice(0, newline)) });
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code}) before it listened`)));
  });
}

function ask<T>(child: ChildProcess, question: 'rss' | 'cpu'): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message as T));
    child.send(question);
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function benchApi(options: { soakRequests: number }): Promise<TApiBench> {
  const server = await startServer();
  const { child, port, token } = server;
  try {
    const api = {
      port,
      path: '/api/jobs',
      headers: { authorization: `Bearer ${token}` },
      connections: CONNECTIONS,
    };
    const page = { port, path: '/', headers: { 'accept-encoding': 'gzip, br' }, connections: CONNECTIONS };
    const measure = async (target: typeof api | typeof page) => {
      const before = await ask<{ cpuMicros: number }>(child, 'cpu');
      const result = await runLoad({ ...target, requests: REQUESTS_PER_ROUND });
      const after = await ask<{ cpuMicros: number }>(child, 'cpu');
      if (result.failed > 0) throw new Error(`${target.path}: ${result.failed} requests failed`);
      return {
        perSecond: result.perSecond,
        cpuMicros: (after.cpuMicros - before.cpuMicros) / result.requests,
      };
    };
    // Warm up both (JIT, the web app read and compressed), then measure them in turn.
    await runLoad({ ...page, requests: 2_000 });
    await runLoad({ ...api, requests: 2_000 });
    const pages: { perSecond: number; cpuMicros: number }[] = [];
    const reads: { perSecond: number; cpuMicros: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      pages.push(await measure(page));
      reads.push(await measure(api));
    }
    const staticCpuMicros = median(pages.map((result) => result.cpuMicros));
    const apiCpuMicros = median(reads.map((result) => result.cpuMicros));

    // The soak: authenticated reads and pages, half each, in batches; memory after 10k and at the end.
    let done = 0;
    let failed = 0;
    let rssAfter10k = 0;
    while (done < options.soakRequests) {
      const batch = Math.min(10_000, options.soakRequests - done);
      const [reads, pages] = await Promise.all([
        runLoad({ ...api, requests: batch / 2, connections: CONNECTIONS / 2 }),
        runLoad({ ...page, requests: batch / 2, connections: CONNECTIONS / 2 }),
      ]);
      failed += reads.failed + pages.failed;
      done += batch;
      if (done === 10_000) rssAfter10k = (await ask<{ rss: number }>(child, 'rss')).rss;
    }
    const rssAfterAll = (await ask<{ rss: number }>(child, 'rss')).rss;
    return {
      staticPerSecond: median(pages.map((result) => result.perSecond)),
      apiPerSecond: median(reads.map((result) => result.perSecond)),
      throughputRatio: median(reads.map((read, index) => read.perSecond / (pages[index]?.perSecond ?? 1))),
      staticCpuMicros,
      apiCpuMicros,
      cpuThroughputRatio: staticCpuMicros / apiCpuMicros,
      soak: {
        requests: options.soakRequests,
        rssAfter10kMb: rssAfter10k / 1024 / 1024,
        rssAfterAllMb: rssAfterAll / 1024 / 1024,
        ratio: rssAfterAll / rssAfter10k,
        failed,
      },
    };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send('stop');
    await exited;
  }
}
