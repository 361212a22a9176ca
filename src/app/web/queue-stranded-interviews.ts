import { queueCompletedInterview } from './queue-completed-interview.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * Queues the evaluation of interviews that completed while their candidate still shows "in
 * progress": the process died between storing the closing answer and queueing. Resolves to the
 * candidates queued.
 */
export async function queueStrandedInterviews(context: TWebContext): Promise<string[]> {
  const stranded = await repositoriesOf(context).candidates.listStranded();
  const queued: string[] = [];
  for (const row of stranded) {
    const isQueued = await queueCompletedInterview(context, row);
    if (isQueued) queued.push(row.id);
  }
  return queued;
}
