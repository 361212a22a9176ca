import type { TCandidateDetail, TDecision } from '../../contract/api-schemas.js';
import { findCandidateRow } from './find-candidate-row.js';
import { getCandidate } from './get-candidate.js';
import { listDecisions } from './list-decisions.js';
import { repositoriesOf } from './repositories-of.js';
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
  const { jobs, candidates } = repositoriesOf(context);
  const jobRow = await jobs.find(actor.organisationId, row.job_id);
  if (jobRow === undefined) throw new Error(`candidate ${row.id} has no job`);
  const job = { id: jobRow.id, title: jobRow.title };
  const links = await candidates.listLinks(row.id);
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
