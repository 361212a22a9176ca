import { enqueueEvaluationJob } from '../../adapters/storage/enqueue-evaluation-job.js';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event.js';
import type { TWebContext } from './web-context.js';

/**
 * Marks a candidate whose interview is complete as completed and queues its evaluation, in one
 * transaction, once: the status change is conditional, so calling it again (a retried answer, the
 * worker's sweep after a crash) queues nothing more. The `interview.completed` webhooks are queued
 * in the same transaction. Resolves to whether it queued.
 */
export async function queueCompletedInterview(
  context: TWebContext,
  candidate: { id: string; organisationId: string; sessionId: string },
): Promise<boolean> {
  const now = context.now().toISOString();
  return context.db.transaction().execute(async (transaction) => {
    const result = await transaction
      .updateTable('candidates')
      .set({ status: 'completed', updated_at: now })
      .where('id', '=', candidate.id)
      .where('status', 'in', ['new', 'invited', 'in_progress'])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await enqueueEvaluationJob(transaction, {
      id: context.newId(),
      organisationId: candidate.organisationId,
      candidateId: candidate.id,
      sessionId: candidate.sessionId,
      now,
    });
    await enqueueWebhookEvent(transaction, context, {
      event: 'interview.completed',
      candidateId: candidate.id,
      data: { interviewId: candidate.sessionId, completedAt: now },
    });
    return true;
  });
}
