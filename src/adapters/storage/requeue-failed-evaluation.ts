import type { Kysely } from 'kysely';
import { changeCandidateStatus } from './change-candidate-status.js';
import type { TDatabase } from './database-schema.js';

/**
 * Queues a candidate's failed evaluation again, with its attempts and deadline afresh, and shows
 * the candidate as waiting for it (completed) — in one transaction. Resolves to false when the
 * candidate has no failed evaluation (it is queued, running, done, or never was).
 */
export async function requeueFailedEvaluation(
  db: Kysely<TDatabase>,
  input: { candidateId: string; now: Date },
): Promise<boolean> {
  const at = input.now.toISOString();
  return db.transaction().execute(async (transaction) => {
    const result = await transaction
      .updateTable('evaluation_jobs')
      .set({
        status: 'queued',
        attempts: 0,
        run_after: at,
        queued_at: at,
        locked_by: null,
        locked_until: null,
        updated_at: at,
      })
      .where('candidate_id', '=', input.candidateId)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await changeCandidateStatus(transaction, {
      candidateId: input.candidateId,
      to: 'completed',
      from: ['failed', 'completed', 'evaluating'],
      now: at,
    });
    return true;
  });
}
