import type { Kysely, Transaction } from 'kysely';
import type { TEnqueueEvaluationJobInput } from '../../app/ports/evaluation-queue.js';
import type { TDatabase } from './database-schema.js';

export type { TEnqueueEvaluationJobInput };

/**
 * Queues a candidate's evaluation. Call it inside the transaction that completes the interview,
 * so a completed interview always has its evaluation queued, however the process dies.
 */
export async function enqueueEvaluationJob(
  db: Kysely<TDatabase> | Transaction<TDatabase>,
  input: TEnqueueEvaluationJobInput,
): Promise<void> {
  await db
    .insertInto('evaluation_jobs')
    .values({
      id: input.id,
      organisation_id: input.organisationId,
      candidate_id: input.candidateId,
      session_id: input.sessionId,
      status: 'queued',
      attempts: 0,
      max_attempts: input.maxAttempts ?? 3,
      run_after: input.now,
      locked_until: null,
      locked_by: null,
      last_error: null,
      created_at: input.now,
      updated_at: input.now,
      queued_at: input.now,
    })
    .execute();
}
