import { CandorError } from '../../core/candor-error.js';

export type TFairQueueOptions = {
  /** Most tasks running at once, all keys together. */
  concurrency: number;
  /** Most tasks of one key (an organisation) running at once. */
  perKey: number;
  /** Most tasks of one key waiting; more are refused (429 `rate_limited`) rather than queued. */
  maxWaitingPerKey: number;
};

export type TFairQueue = {
  /** Runs `task` when a slot is free, taking keys in turn, so one key's backlog never delays another's task. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks running and waiting, by key (for tests and the load test). */
  stats(): { running: number; waiting: number };
};

type TWaiting = { start: () => void };

/**
 * A scheduler with one queue per key (organisation): free slots go to the keys in round-robin
 * order, each key holds at most `perKey` slots, and a key's queue is bounded. With `perKey` below
 * `concurrency`, another organisation always finds a slot free or the next one to free up.
 */
export function createFairQueue(options: TFairQueueOptions): TFairQueue {
  const waiting = new Map<string, TWaiting[]>();
  const runningByKey = new Map<string, number>();
  let running = 0;
  // Keys with waiting tasks, in the order they are served; a served key moves to the back.
  const turn: string[] = [];

  const pump = () => {
    while (running < options.concurrency) {
      const index = turn.findIndex((key) => (runningByKey.get(key) ?? 0) < options.perKey);
      if (index === -1) return;
      const [key] = turn.splice(index, 1);
      if (key === undefined) return;
      const queue = waiting.get(key) ?? [];
      const next = queue.shift();
      if (queue.length > 0) turn.push(key);
      else waiting.delete(key);
      if (next === undefined) continue;
      running++;
      runningByKey.set(key, (runningByKey.get(key) ?? 0) + 1);
      next.start();
    }
  };

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const queue = waiting.get(key) ?? [];
      if (queue.length >= options.maxWaitingPerKey) {
        return Promise.reject(
          new CandorError(
            'rate_limited',
            `Your organisation already has ${queue.length} tasks waiting (documents to read, interviews to plan or reports to render); try again in a few seconds.`,
            { retryAfterSeconds: 5 },
          ),
        );
      }
      return new Promise<T>((resolve, reject) => {
        queue.push({
          start: () => {
            const finish = () => {
              running--;
              const left = (runningByKey.get(key) ?? 1) - 1;
              if (left === 0) runningByKey.delete(key);
              else runningByKey.set(key, left);
              pump();
            };
            task().then(
              (value) => {
                finish();
                resolve(value);
              },
              (error: unknown) => {
                finish();
                reject(error);
              },
            );
          },
        });
        if (!waiting.has(key)) {
          waiting.set(key, queue);
          turn.push(key);
        }
        pump();
      });
    },
    stats() {
      let count = 0;
      for (const queue of waiting.values()) count += queue.length;
      return { running, waiting: count };
    },
  };
}
