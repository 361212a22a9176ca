import { randomBytes } from 'node:crypto';
import type { TEvaluationJob } from '../app/ports/evaluation-queue.js';
import { purgeExpiredInterviews } from '../app/web/purge-expired-interviews.js';
import { queueStrandedInterviews } from '../app/web/queue-stranded-interviews.js';
import { repositoriesOf } from '../app/web/repositories-of.js';
import { runEvaluationJob } from '../app/web/run-evaluation-job.js';
import type { TWebContext } from '../app/web/web-context.js';
import { CandorError } from '../core/candor-error.js';

export type TEvaluationWorkerOptions = {
  /** How often the queue is checked when idle (default 1000 ms). */
  intervalMs?: number;
  /**
   * The lease on a running job (default 30 s), renewed every third of it while the job runs: a
   * worker that dies loses its jobs to another worker within this time.
   */
  lockMs?: number;
  /** Evaluations this worker runs at once (default 2; `candor serve` reads CANDOR_EVALUATION_CONCURRENCY). */
  concurrency?: number;
  /** The model's time for one attempt, its retries included (default 120 s). */
  attemptTimeoutMs?: number;
  /** From being queued to failing for good, every attempt and wait included (default 15 minutes). */
  deadlineMs?: number;
  workerId?: string;
  /** False: no polling, only runOnce (tests). */
  isPolling?: boolean;
  log?: (message: string) => void;
};

export type TEvaluationWorker = {
  /** Runs every due job now; resolves to how many were settled. */
  runOnce(): Promise<number>;
  /** Stops polling, ends the attempts in flight (each is queued again) and waits for them to settle. */
  stop(): Promise<void>;
  /**
   * Why the worker cannot be counted on now (stopped, or no sign of life for longer than a
   * claim holds), or undefined when it is alive: for GET /readyz.
   */
  problem(): string | undefined;
};

export const DEFAULT_EVALUATION_LEASE_MS = 30_000;
export const DEFAULT_EVALUATION_CONCURRENCY = 2;
export const DEFAULT_EVALUATION_ATTEMPT_TIMEOUT_MS = 120_000;
export const DEFAULT_EVALUATION_DEADLINE_MS = 15 * 60_000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The background worker: deletes interviews past their retention, and takes queued evaluations
 * from the database (any number of workers, in any number of processes, share the queue: a claim
 * is a conditional UPDATE), several at once, evaluates them and stores the reports. A running
 * job's lease is renewed while it runs, so a dead worker's jobs are taken again within a lease.
 * Each attempt has a time limit and every job a deadline; failed evaluations are retried with
 * backoff, then marked failed with their reason, which the recruiter sees and can retry.
 */
export function startEvaluationWorker(
  context: TWebContext,
  options: TEvaluationWorkerOptions = {},
): TEvaluationWorker {
  const workerId = options.workerId ?? `worker-${randomBytes(6).toString('hex')}`;
  const log = options.log ?? (() => {});
  const lockMs = options.lockMs ?? DEFAULT_EVALUATION_LEASE_MS;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_EVALUATION_CONCURRENCY);
  const attemptTimeoutMs = options.attemptTimeoutMs ?? DEFAULT_EVALUATION_ATTEMPT_TIMEOUT_MS;
  const deadlineMs = options.deadlineMs ?? DEFAULT_EVALUATION_DEADLINE_MS;
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);
  /** The attempts in flight, ended when the worker stops. */
  const aborters = new Set<AbortController>();
  /** The last sign of life: the worker started, checked the queue, or took a job. */
  let beatAt = context.now().getTime();
  const { candidates, evaluations } = repositoriesOf(context);

  async function markCandidates(ids: readonly string[], status: 'failed' | 'completed') {
    for (const candidateId of ids) {
      await candidates.changeStatus({ candidateId, to: status, now: context.now().toISOString() });
    }
  }

  /** Runs one claimed job to its end: done, queued for a retry, or failed with its reason. */
  async function runJob(job: TEvaluationJob): Promise<void> {
    const deadline = new Date(Date.parse(job.queued_at ?? job.created_at) + deadlineMs);
    const aborter = new AbortController();
    aborters.add(aborter);
    const remainingMs = deadline.getTime() - context.now().getTime();
    const attemptMs = Math.min(attemptTimeoutMs, remainingMs);
    const attemptTimer = setTimeout(
      () =>
        aborter.abort(
          new Error(
            attemptMs < attemptTimeoutMs
              ? `The evaluation did not finish within its deadline (${Math.round(deadlineMs / 60_000)} minutes).`
              : `The attempt did not finish within ${attemptTimeoutMs / 1000} s.`,
          ),
        ),
      Math.max(0, attemptMs),
    );
    const leaseTimer = setInterval(
      () => {
        evaluations
          .renewLease(job, { now: context.now(), lockMs })
          .then((isHeld) => {
            if (!isHeld)
              aborter.abort(new Error('Another worker took the evaluation over (the lease ran out).'));
          })
          .catch((error: unknown) => log(`Could not renew the lease of job ${job.id}: ${messageOf(error)}`));
      },
      Math.max(50, Math.floor(lockMs / 3)),
    );
    const circuit = context.model === 'offline' ? undefined : context.modelCircuits?.judgement;
    let isProbing = false;
    try {
      if (circuit !== undefined) {
        if (!circuit.tryAcquire()) {
          const { consecutiveFailures, lastFailure } = circuit.snapshot();
          throw new Error(
            `The model was not asked: it keeps failing (${consecutiveFailures} failures in a row, last: ${lastFailure ?? 'unknown'}).`,
          );
        }
        isProbing = true;
      }
      if (remainingMs <= 0) {
        throw new Error(
          `The evaluation did not finish within its deadline (${Math.round(deadlineMs / 60_000)} minutes).`,
        );
      }
      const evaluation = await runEvaluationJob(context, job, {
        signal: aborter.signal,
        timeoutMs: attemptMs,
      });
      if (isProbing) circuit?.recordSuccess();
      await evaluations.settle(job, { outcome: 'done', now: context.now() });
      log(`Evaluated candidate ${job.candidate_id}: ${evaluation.recommendation}`);
    } catch (error) {
      const message = aborter.signal.aborted ? messageOf(aborter.signal.reason) : messageOf(error);
      // The model failed (or did not answer in time): the breaker counts it; other faults do not.
      const isModelFault =
        (CandorError.isInstance(error) && error.code === 'model_failed') ||
        (aborter.signal.aborted && !isStopped);
      if (isProbing && isModelFault) circuit?.recordFailure(message);
      const status = await evaluations.settle(job, {
        outcome: 'failed',
        now: context.now(),
        error: message,
        deadline,
      });
      if (status !== undefined)
        await markCandidates([job.candidate_id], status === 'failed' ? 'failed' : 'completed');
      log(`Evaluation of candidate ${job.candidate_id} failed (${status ?? 'claim lost'}): ${message}`);
    } finally {
      clearTimeout(attemptTimer);
      clearInterval(leaseTimer);
      aborters.delete(aborter);
    }
  }

  const active = new Set<Promise<void>>();
  let settled = 0;

  /** Claims due jobs while a slot is free and starts them; does not wait for them. */
  async function fill(): Promise<void> {
    while (!isStopped && active.size < concurrency) {
      const job = await evaluations.claim({
        workerId,
        now: context.now(),
        lockMs,
      });
      if (job === undefined) return;
      beatAt = context.now().getTime();
      const run: Promise<void> = runJob(job)
        .catch((error: unknown) => log(`Evaluation worker: ${messageOf(error)}`))
        .finally(() => {
          settled++;
          active.delete(run);
        });
      active.add(run);
    }
  }

  /** Fails jobs abandoned on their last attempt, queues stranded interviews, purges expired ones. */
  async function sweep(): Promise<void> {
    beatAt = context.now().getTime();
    await markCandidates(await evaluations.failAbandoned(context.now()), 'failed');
    await queueStrandedInterviews(context);
    const purged = await purgeExpiredInterviews(context);
    if (purged.length > 0)
      log(`Deleted ${purged.length} interview(s) past the ${context.retentionDays}-day retention`);
  }

  /** Runs every due job (and any that becomes due meanwhile) to its end. */
  async function drain(): Promise<number> {
    const before = settled;
    await sweep();
    await fill();
    while (active.size > 0) {
      await Promise.race(active);
      await fill();
    }
    return settled - before;
  }

  function runOnce(): Promise<number> {
    running = running.catch(() => 0).then(drain);
    return running;
  }

  /** A poll: sweeps and fills free slots; a slow job does not hold the next poll back. */
  function schedule() {
    if (isStopped || options.isPolling === false) return;
    timer = setTimeout(() => {
      sweep()
        .then(fill)
        .catch((error: unknown) => log(`Evaluation worker: ${messageOf(error)}`))
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
      for (const aborter of aborters) {
        aborter.abort(new Error('The server stopped during the evaluation; it is tried again.'));
      }
      await running.catch(() => undefined);
      await Promise.all(active);
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
