import { queueCompletedInterview } from './queue-completed-interview.js';
import type { TWebContext } from './web-context.js';

/**
 * Queues the evaluation of interviews that completed while their candidate still shows "in
 * progress": the process died between storing the closing answer and queueing. Resolves to the
 * candidates queued.
 */
export async function queueStrandedInterviews(context: TWebContext): Promise<string[]> {
  const stranded = await context.db
    .selectFrom('candidates')
    .innerJoin('interview_sessions', 'interview_sessions.id', 'candidates.interview_session_id')
    .select(['candidates.id', 'candidates.organisation_id', 'interview_sessions.id as session_id'])
    .where('candidates.status', 'in', ['new', 'invited', 'in_progress'])
    .where('interview_sessions.status', 'in', ['completed', 'evaluated'])
    .execute();
  const queued: string[] = [];
  for (const row of stranded) {
    const isQueued = await queueCompletedInterview(context, {
      id: row.id,
      organisationId: row.organisation_id,
      sessionId: row.session_id,
    });
    if (isQueued) queued.push(row.id);
  }
  return queued;
}
