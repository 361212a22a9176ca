import type { TCandidateDetail, TDecision } from '../../contract/api-schemas.js';
import { findCandidateRow } from './find-candidate-row.js';
import { getCandidate } from './get-candidate.js';
import { listDecisions } from './list-decisions.js';
import type { TActor, TWebContext } from './web-context.js';

export type TCandidateExport = {
  format: 'candor-candidate-export';
  version: 1;
  exportedAt: string;
  job: { id: string; title: string };
  candidate: Omit<TCandidateDetail, 'invitation'>;
  decisions: TDecision[];
  interviewLinks: { createdAt: string; expiresAt: string; revokedAt: string | null }[];
};

/**
 * Everything kept about one candidate as one JSON document, for an access request: the resume as
 * extracted, the transcript with the room's events, the report, the decisions with their reasons,
 * and when links were sent (never the link tokens). Errors: CandorError 'not_found'.
 */
export async function exportCandidate(
  context: TWebContext,
  actor: TActor,
  candidateId: string,
): Promise<TCandidateExport> {
  const row = await findCandidateRow(context, actor, candidateId);
  const { invitation: _invitation, ...candidate } = await getCandidate(context, actor, {
    candidateId: row.id,
    origin: '',
  });
  const job = await context.db
    .selectFrom('jobs')
    .select(['id', 'title'])
    .where('id', '=', row.job_id)
    .executeTakeFirstOrThrow();
  const links = await context.db
    .selectFrom('interview_links')
    .select(['created_at', 'expires_at', 'revoked_at'])
    .where('candidate_id', '=', row.id)
    .orderBy('created_at')
    .execute();
  return {
    format: 'candor-candidate-export',
    version: 1,
    exportedAt: context.now().toISOString(),
    job,
    candidate,
    decisions: await listDecisions(context, actor, row.id),
    interviewLinks: links.map((link) => ({
      createdAt: link.created_at,
      expiresAt: link.expires_at,
      revokedAt: link.revoked_at,
    })),
  };
}
