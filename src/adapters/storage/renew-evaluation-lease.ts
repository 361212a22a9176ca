import type { Kysely } from 'kysely';
import type { TEvaluationJob } from './claim-queue-item.js';
import type { TDatabase } from './database-schema.js';

/**
 * Extends the lock of a job this worker is running to `now + lockMs`, so no other worker takes it
 * while it runs; a worker that dies stops renewing and the job is taken again once the lock runs
 * out. Resolves to false when the claim was lost (the lock ran out and another worker took it, or
 * the job was settled): the worker should stop the attempt.
 */
export async function renewEvaluationLease(
  db: Kysely<TDatabase>,
  job: TEvaluationJob,
  input: { now: Date; lockMs: number },
): Promise<boolean> {
  const result = await db
    .updateTable('evaluation_jobs')
    .set({ locked_until: new Date(input.now.getTime() + input.lockMs).toISOString() })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', job.locked_by)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
