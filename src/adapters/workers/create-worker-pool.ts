import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

export type TWorkerPoolOptions = {
  /** The worker module: its default export runs one task. A `.ts` module (tests, bench) is loaded through tsx. */
  filename: URL;
  /** Worker threads (default: the machine's cores, at least 2, at most 4). */
  threads?: number;
  /** Heap a worker may use, in MB; a task beyond it ends its worker (default 512). */
  maxHeapMb?: number;
};

/** How a task ended other than with its value: out of time, or out of memory. */
export type TWorkerFailure = 'timeout' | 'out_of_memory';

export type TWorkerPool = {
  readonly threads: number;
  /**
   * Runs one task on a worker thread. After `timeoutMs` of wall-clock time the worker running it is
   * terminated (even in the middle of a synchronous loop) and `onFailure('timeout')` says what to
   * throw; a worker that runs out of heap likewise ends with `onFailure('out_of_memory')`.
   */
  run(task: unknown, timeoutMs: number, onFailure: (failure: TWorkerFailure) => Error): Promise<unknown>;
  close(): Promise<void>;
};

/** A pool of worker threads (piscina) for CPU-heavy work: parsing documents, planning. */
export function createWorkerPool(options: TWorkerPoolOptions): TWorkerPool {
  const threads = options.threads ?? Math.min(4, Math.max(2, availableParallelism()));
  const isSource = options.filename.pathname.endsWith('.ts');
  const pool = new Piscina({
    filename: options.filename.href,
    // All threads started at once and kept: a request never waits for a thread to start.
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    ...(isSource ? { execArgv: ['--import', 'tsx'] } : {}),
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
  });
  return {
    threads,
    async run(task, timeoutMs, onFailure) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        return await pool.run(task, { signal: controller.signal });
      } catch (error) {
        if (controller.signal.aborted) throw onFailure('timeout');
        const code = (error as { code?: string } | null)?.code;
        if (code === 'ERR_WORKER_OUT_OF_MEMORY') throw onFailure('out_of_memory');
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.destroy(),
  };
}
