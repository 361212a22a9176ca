import type { TRepositories } from '../ports/repositories.js';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * Marks a candidate whose interview is complete as completed and queues its evaluation, in one
 * transaction, once: the status change is conditional, so calling it again (a retried answer, the
 * worker's sweep after a crash) queues nothing more. The `interview.completed` webhooks are queued
 * in the same transaction. Inside the caller's transaction when given (the one that stores the
 * closing answer). Resolves to whether it queued.
 */
export async function queueCompletedInterview(
  context: TWebContext,
  candidate: { id: string; organisationId: string; sessionId: string },
  within?: TRepositories | TWebContext['db'],
): Promise<boolean> {
  const now = context.now().toISOString();
  const run = async (repositories: TRepositories) => {
    // Only from before the interview ended: completed again (a retried answer) queues nothing.
    const isCompleted = await repositories.candidates.changeStatus({
      candidateId: candidate.id,
      to: 'completed',
      from: ['new', 'invited', 'in_progress'],
      now,
    });
    if (!isCompleted) return false;
    await repositories.evaluations.enqueue({
      id: context.newId(),
      organisationId: candidate.organisationId,
      candidateId: candidate.id,
      sessionId: candidate.sessionId,
      now,
    });
    await enqueueWebhookEvent(repositories.webhooks, context, {
      event: 'interview.completed',
      candidateId: candidate.id,
      data: { interviewId: candidate.sessionId, completedAt: now },
    });
    return true;
  };
  if (within === undefined) return repositoriesOf(context).transaction(run);
  // The answer's transaction still comes as a database transaction (the turn's own SQL).
  return run('candidates' in within ? within : repositoriesOf({ db: within }));
}
