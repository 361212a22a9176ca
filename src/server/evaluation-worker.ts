import { randomBytes } from 'node:crypto';
import { claimEvaluationJob } from '../adapters/storage/claim-evaluation-job.js';
import { failAbandonedEvaluationJobs } from '../adapters/storage/fail-abandoned-evaluation-jobs.js';
import { settleEvaluationJob } from '../adapters/storage/settle-evaluation-job.js';
import { purgeExpiredInterviews } from '../app/web/purge-expired-interviews.js';
import { queueStrandedInterviews } from '../app/web/queue-stranded-interviews.js';
import { runEvaluationJob } from '../app/web/run-evaluation-job.js';
import type { TWebContext } from '../app/web/web-context.js';

export type TEvaluationWorkerOptions = {
  /** How often the queue is checked when idle (default 1000 ms). */
  intervalMs?: number;
  /** How long a claim holds before another worker may take the job (default 5 minutes). */
  lockMs?: number;
  workerId?: string;
  /** False: no polling, only runOnce (tests). */
  isPolling?: boolean;
  log?: (message: string) => void;
};

export type TEvaluationWorker = {
  /** Runs every due job now; resolves to how many were settled. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for the job in hand. */
  stop(): Promise<void>;
  /**
   * Why the worker cannot be counted on now (stopped, or no sign of life for longer than a
   * claim holds), or undefined when it is alive: for GET /readyz.
   */
  problem(): string | undefined;
};

/**
 * The background worker: deletes interviews past their retention, and takes queued evaluations from the database (any number of workers,
 * in any number of processes, can share the queue: a claim is a conditional UPDATE), evaluates
 * them and stores the reports. Failed evaluations are retried, then marked failed; jobs of a
 * worker that died are taken again when their lock runs out.
 */
export function startEvaluationWorker(
  context: TWebContext,
  options: TEvaluationWorkerOptions = {},
): TEvaluationWorker {
  const workerId = options.workerId ?? `worker-${randomBytes(6).toString('hex')}`;
  const log = options.log ?? (() => {});
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);
  const lockMs = options.lockMs ?? 5 * 60_000;
  /** The last sign of life: the worker started, checked the queue, or took a job. */
  let beatAt = context.now().getTime();

  async function markCandidates(ids: readonly string[], status: 'failed' | 'completed') {
    if (ids.length === 0) return;
    await context.db
      .updateTable('candidates')
      .set({ status, updated_at: context.now().toISOString() })
      .where('id', 'in', [...ids])
      .execute();
  }

  async function drain(): Promise<number> {
    beatAt = context.now().getTime();
    await markCandidates(await failAbandonedEvaluationJobs(context.db, context.now()), 'failed');
    await queueStrandedInterviews(context);
    const purged = await purgeExpiredInterviews(context);
    if (purged.length > 0)
      log(`Deleted ${purged.length} interview(s) past the ${context.retentionDays}-day retention`);
    let settled = 0;
    while (!isStopped) {
      const job = await claimEvaluationJob(context.db, {
        workerId,
        now: context.now(),
        lockMs: options.lockMs,
      });
      if (job === undefined) break;
      beatAt = context.now().getTime();
      try {
        const evaluation = await runEvaluationJob(context, job);
        await settleEvaluationJob(context.db, job, { outcome: 'done', now: context.now() });
        log(`Evaluated candidate ${job.candidate_id}: ${evaluation.recommendation}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const status = await settleEvaluationJob(context.db, job, {
          outcome: 'failed',
          now: context.now(),
          error: message,
        });
        await markCandidates([job.candidate_id], status === 'failed' ? 'failed' : 'completed');
        log(`Evaluation of candidate ${job.candidate_id} failed (${status ?? 'claim lost'}): ${message}`);
      }
      settled++;
    }
    return settled;
  }

  function runOnce(): Promise<number> {
    running = running.catch(() => 0).then(drain);
    return running;
  }

  function schedule() {
    if (isStopped || options.isPolling === false) return;
    timer = setTimeout(() => {
      runOnce()
        .catch((error: unknown) =>
          log(`Evaluation worker: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(schedule);
    }, options.intervalMs ?? 1000);
    timer.unref?.();
  }
  schedule();

  return {
    runOnce,
    async stop() {
      isStopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running.catch(() => undefined);
    },
    problem() {
      if (isStopped) return 'the evaluation worker is stopped';
      const silentMs = context.now().getTime() - beatAt;
      if (silentMs > lockMs)
        return `the evaluation worker has not checked the queue for ${Math.round(silentMs / 1000)} s`;
      return undefined;
    },
  };
}
