import type { Kysely } from 'kysely';
import type { TSettleEvaluationJobInput } from '../../app/ports/evaluation-queue.js';
import type { TEvaluationJob } from './claim-queue-item.js';
import type { TDatabase } from './database-schema.js';

export type { TSettleEvaluationJobInput };

/**
 * Records how a claimed job ended: done, queued again for a retry, or failed for good. Only the
 * worker holding the claim settles it. Resolves to the job's status afterwards, or undefined when
 * the claim was lost (the lock ran out and another worker took the job).
 */
export async function settleEvaluationJob(
  db: Kysely<TDatabase>,
  job: TEvaluationJob,
  input: TSettleEvaluationJobInput,
): Promise<'done' | 'queued' | 'failed' | undefined> {
  const now = input.now.toISOString();
  let status: 'done' | 'queued' | 'failed';
  let runAfter = job.run_after;
  if (input.outcome === 'done') {
    status = 'done';
  } else {
    const retryAt = input.now.getTime() + (input.retryAfterMs ?? 30_000 * job.attempts);
    if (
      job.attempts >= job.max_attempts ||
      (input.deadline !== undefined && retryAt >= input.deadline.getTime())
    ) {
      status = 'failed';
    } else {
      status = 'queued';
      runAfter = new Date(retryAt).toISOString();
    }
  }
  const result = await db
    .updateTable('evaluation_jobs')
    .set({
      status,
      run_after: runAfter,
      locked_by: null,
      locked_until: null,
      last_error: input.outcome === 'failed' ? input.error.slice(0, 2000) : null,
      updated_at: now,
    })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', job.locked_by)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? status : undefined;
}
