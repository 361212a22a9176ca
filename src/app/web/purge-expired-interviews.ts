import type { TWebContext } from './web-context.js';

/**
 * Keeps the candidate notice's promise: `retentionDays` after an interview ended, everything
 * kept about that candidate — resume, interview, room events, report, links, decisions and
 * queue entries — is deleted. Resolves to the candidates deleted.
 */
export async function purgeExpiredInterviews(context: TWebContext): Promise<string[]> {
  const cutoff = new Date(context.now().getTime() - context.retentionDays * 86_400_000).toISOString();
  const expired = await context.db
    .selectFrom('candidates')
    .innerJoin('interview_sessions', 'interview_sessions.id', 'candidates.interview_session_id')
    .select(['candidates.id', 'interview_sessions.id as session_id'])
    .where('interview_sessions.status', 'in', ['completed', 'evaluated'])
    .where('interview_sessions.updated_at', '<', cutoff)
    .execute();
  for (const { id, session_id: sessionId } of expired) {
    await context.db.transaction().execute(async (transaction) => {
      await transaction.deleteFrom('interview_events').where('session_id', '=', sessionId).execute();
      await transaction.deleteFrom('evaluation_jobs').where('candidate_id', '=', id).execute();
      await transaction.deleteFrom('decisions').where('candidate_id', '=', id).execute();
      await transaction.deleteFrom('interview_links').where('candidate_id', '=', id).execute();
      await transaction.deleteFrom('candidates').where('id', '=', id).execute();
      await transaction.deleteFrom('interview_sessions').where('id', '=', sessionId).execute();
    });
  }
  return expired.map((row) => row.id);
}
