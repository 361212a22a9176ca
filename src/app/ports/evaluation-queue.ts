import type { TEvaluationJobRecord } from './records.js';

export type TEvaluationJob = TEvaluationJobRecord;

export type TSettleEvaluationJobInput =
  | { outcome: 'done'; now: Date }
  /**
   * A failure is retried after `retryAfterMs` until the job's attempts are used up, or until a
   * retry would start after `deadline`: then it fails for good.
   */
  | { outcome: 'failed'; now: Date; error: string; retryAfterMs?: number; deadline?: Date };

export type TEnqueueEvaluationJobInput = {
  id: string;
  organisationId: string;
  candidateId: string;
  sessionId: string;
  /** ISO 8601. */
  now: string;
  /** Tries before the job is marked failed (default 3). */
  maxAttempts?: number;
};

/** The latest evaluation job of a candidate, as the recruiter sees its progress. */
export type TEvaluationJobProgress = Pick<
  TEvaluationJob,
  'status' | 'attempts' | 'max_attempts' | 'queued_at' | 'created_at' | 'last_error'
>;

/**
 * The evaluation queue, shared by every worker in every process: a claim is exclusive, a claim's
 * lease is renewed while the job runs and taken over when it runs out.
 */
export type TEvaluationQueue = {
  /** Queues a candidate's evaluation (inside the transaction that completes the interview). */
  enqueue(input: TEnqueueEvaluationJobInput): Promise<void>;
  /** Takes the oldest due job (queued and due, or running under a lease that ran out). */
  claim(input: { workerId: string; now: Date; lockMs?: number }): Promise<TEvaluationJob | undefined>;
  /** Extends a claimed job's lease; false when the claim was lost. */
  renewLease(job: TEvaluationJob, input: { now: Date; lockMs: number }): Promise<boolean>;
  /** Done, queued again for a retry, or failed for good; undefined when the claim was lost. */
  settle(
    job: TEvaluationJob,
    input: TSettleEvaluationJobInput,
  ): Promise<'done' | 'queued' | 'failed' | undefined>;
  /** Fails the jobs whose worker died on their last attempt; resolves to their candidates' ids. */
  failAbandoned(now: Date): Promise<string[]>;
  /** Queues a failed evaluation afresh (the candidate waits for it again); false when none failed. */
  requeueFailed(input: { candidateId: string; now: Date }): Promise<boolean>;
  latest(candidateId: string): Promise<TEvaluationJobProgress | undefined>;
};
