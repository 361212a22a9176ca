import type { Kysely } from 'kysely';
import type { TDatabase } from './database-schema.js';

/**
 * Marks failed the running jobs whose worker died on their last attempt (the lock ran out and no
 * attempt is left, so no worker may claim them). Resolves to their candidates' ids.
 */
export async function failAbandonedEvaluationJobs(db: Kysely<TDatabase>, now: Date): Promise<string[]> {
  const at = now.toISOString();
  const abandoned = await db
    .selectFrom('evaluation_jobs')
    .select(['id', 'candidate_id'])
    .where('status', '=', 'running')
    .where('locked_until', '<', at)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .execute();
  const failed: string[] = [];
  for (const job of abandoned) {
    const result = await db
      .updateTable('evaluation_jobs')
      .set({
        status: 'failed',
        locked_by: null,
        locked_until: null,
        last_error: 'The worker stopped before the evaluation finished, on its last attempt.',
        updated_at: at,
      })
      .where('id', '=', job.id)
      .where('status', '=', 'running')
      .where('locked_until', '<', at)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) failed.push(job.candidate_id);
  }
  return failed;
}
