/**
 * Run as a child process by the several-servers tests: one Candor server on the database at
 * argv[2] (the same secret as the test's, no rate limits), listening on 127.0.0.1 at a free port.
 * Prints `listening <port>` once it accepts requests; runs until it is killed. argv[3], JSON:
 * `model` (default offline) and `worker` (startEvaluationWorker's options, e.g. {"lockMs":3000}:
 * the evaluation worker runs too).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createDatabase } from '../../adapters/storage/create-database.js';
import { inProcessWork } from '../../app/work/in-process-work.js';
import { createServer } from '../create-server.js';
import { startEvaluationWorker, type TEvaluationWorkerOptions } from '../evaluation-worker.js';

const url = process.argv[2];
if (url === undefined) throw new Error('usage: serve-database <database url> [options JSON]');
const options = JSON.parse(process.argv[3] ?? '{}') as { model?: string; worker?: TEvaluationWorkerOptions };
const workerOptions = options.worker;
const database = await createDatabase({ url });
const server = createServer({
  database,
  secret: new Uint8Array(32).fill(42),
  renderPdf: null,
  rateLimits: false,
  ...(options.model === undefined ? {} : { model: options.model, env: {} }),
  log: (error) => process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  work: inProcessWork(),
});
if (workerOptions !== undefined) {
  startEvaluationWorker(server.context, {
    ...workerOptions,
    log: (message) => process.stdout.write(`worker ${message}\n`),
  });
}
const address = await new Promise<AddressInfo>((resolve, reject) => {
  const http = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, resolve) as Server;
  http.once('error', reject);
});
process.stdout.write(`listening ${address.port}\n`);
