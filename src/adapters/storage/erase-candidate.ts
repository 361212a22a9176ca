import type { Kysely, Transaction } from 'kysely';
import type {
  TEraseCandidateInput,
  TErasedCandidate,
  TErasureActor,
} from '../../app/ports/candidate-repository.js';
import type { TDatabase } from './database-schema.js';

export type { TEraseCandidateInput, TErasedCandidate, TErasureActor };

/**
 * Deletes everything kept about one candidate in one transaction — the resume, the interview
 * session (transcript and report), room events, links, decisions, the self-identification and evaluation queue rows — and
 * leaves an audit event in its place: who erased it and when, with each decision redacted to its
 * kind, time, author and override flag (never its reason, never candidate text). Resolves to
 * undefined when no such candidate exists (in `organisationId`, when given).
 */
export async function eraseCandidate(
  db: Kysely<TDatabase> | Transaction<TDatabase>,
  input: TEraseCandidateInput,
): Promise<TErasedCandidate | undefined> {
  const run = async (transaction: Transaction<TDatabase>) => {
    let query = transaction
      .selectFrom('candidates')
      .select(['id', 'organisation_id', 'job_id', 'interview_session_id', 'status', 'created_at'])
      .where('id', '=', input.candidateId);
    if (input.organisationId !== undefined) query = query.where('organisation_id', '=', input.organisationId);
    const candidate = await query.executeTakeFirst();
    if (candidate === undefined) return undefined;
    const sessionId = candidate.interview_session_id;
    const decisions = await transaction
      .selectFrom('decisions')
      .select(['decision', 'decided_at', 'decided_by_name', 'is_override', 'ai_recommendation'])
      .where('candidate_id', '=', candidate.id)
      .orderBy('decided_at')
      .execute();
    const session =
      sessionId === null
        ? undefined
        : await transaction
            .selectFrom('interview_sessions')
            .select(['report_path'])
            .where('id', '=', sessionId)
            .executeTakeFirst();
    if (sessionId !== null) {
      await transaction.deleteFrom('interview_events').where('session_id', '=', sessionId).execute();
    }
    await transaction.deleteFrom('evaluation_jobs').where('candidate_id', '=', candidate.id).execute();
    await transaction.deleteFrom('webhook_deliveries').where('candidate_id', '=', candidate.id).execute();
    await transaction.deleteFrom('decisions').where('candidate_id', '=', candidate.id).execute();
    await transaction.deleteFrom('interview_links').where('candidate_id', '=', candidate.id).execute();
    await transaction.deleteFrom('self_identifications').where('candidate_id', '=', candidate.id).execute();
    await transaction.deleteFrom('candidates').where('id', '=', candidate.id).execute();
    if (sessionId !== null) {
      await transaction.deleteFrom('interview_sessions').where('id', '=', sessionId).execute();
    }
    await transaction
      .insertInto('audit_events')
      .values({
        id: input.auditId,
        organisation_id: candidate.organisation_id,
        action: 'candidate.erased',
        subject_id: candidate.id,
        actor_user_id: input.actor.userId,
        actor_name: input.actor.name,
        detail_json: JSON.stringify({
          reason: input.reason,
          jobId: candidate.job_id,
          status: candidate.status,
          addedAt: candidate.created_at,
          interviewed: sessionId !== null,
          decisions: decisions.map((decision) => ({
            decision: decision.decision,
            decidedAt: decision.decided_at,
            decidedBy: decision.decided_by_name,
            isOverride: decision.is_override === 1,
            aiRecommendation: decision.ai_recommendation,
            reason: '[erased]',
          })),
        }),
        at: input.at,
      })
      .execute();
    return {
      candidateId: candidate.id,
      organisationId: candidate.organisation_id,
      sessionId,
      reportPath: session?.report_path ?? null,
    };
  };
  return db.isTransaction
    ? run(db as Transaction<TDatabase>)
    : (db as Kysely<TDatabase>).transaction().execute(run);
}
