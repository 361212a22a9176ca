import type { TEvaluationProgress } from '../../contract/api-schemas.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/** An evaluation queued or running longer than this is shown as delayed. */
export const EVALUATION_DELAYED_AFTER_MS = 5 * 60_000;

const STATUSES = ['queued', 'running', 'done', 'failed'] as const;

/** The candidate's latest evaluation job as the recruiter sees it, or null before the interview completed. */
export async function findEvaluationProgress(
  context: TWebContext,
  candidateId: string,
): Promise<TEvaluationProgress | null> {
  const job = await repositoriesOf(context).evaluations.latest(candidateId);
  if (job === undefined) return null;
  const status = STATUSES.find((known) => known === job.status) ?? 'queued';
  const queuedAt = job.queued_at ?? job.created_at;
  const isWaiting = status === 'queued' || status === 'running';
  return {
    status,
    attempts: Number(job.attempts),
    maxAttempts: Number(job.max_attempts),
    queuedAt,
    lastError: job.last_error,
    isDelayed: isWaiting && context.now().getTime() - Date.parse(queuedAt) > EVALUATION_DELAYED_AFTER_MS,
  };
}
