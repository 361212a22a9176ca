import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

export type TWalCheckpointer = {
  /** Stops the thread and closes its connection. */
  stop(): Promise<void>;
};

/** The writer checkpoints by itself only past this many WAL pages (~40 MB): a net should the thread fall behind. */
const WRITER_CHECKPOINT_PAGES = 10_000;

// The thread's code: its own connection to the file, a passive checkpoint every interval (it
// copies what it can without waiting for, or blocking, the server's connection), closed on request.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  try { db.close(); } catch {}
  parentPort.close();
});
`;

/**
 * Copies a SQLite database's write-ahead log into the file from a thread of its own. Otherwise
 * every thousandth page written makes one of the server's commits copy the log and sync the file
 * on the event loop, while a few hundred requests wait behind it. `database` (the server's
 * connection) then checkpoints only if the log grows past WRITER_CHECKPOINT_PAGES. An explicit
 * checkpoint on the server's connection (after an erasure) still works: it waits for the thread's.
 */
export function startWalCheckpointer(
  path: string,
  database: Database.Database,
  options: { intervalMs?: number } = {},
): TWalCheckpointer {
  database.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: {
      path,
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      intervalMs: options.intervalMs ?? 200,
    },
  });
  // A thread that cannot start or dies leaves the writer's own checkpoints; it never stops the server.
  worker.on('error', () => {});
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      worker.postMessage('stop');
      const timeout = setTimeout(() => void worker.terminate(), 2_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
