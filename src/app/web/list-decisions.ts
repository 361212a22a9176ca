import type { TDecision } from '../../contract/api-schemas.js';
import { findCandidateRow } from './find-candidate-row.js';
import { toDecision } from './to-decision.js';
import type { TActor, TWebContext } from './web-context.js';

/** Every decision recorded on a candidate, oldest first: the audit trail. Errors: CandorError 'not_found'. */
export async function listDecisions(
  context: TWebContext,
  actor: TActor,
  candidateId: string,
): Promise<TDecision[]> {
  const candidate = await findCandidateRow(context, actor, candidateId);
  const rows = await context.db
    .selectFrom('decisions')
    .selectAll()
    .where('candidate_id', '=', candidate.id)
    .where('organisation_id', '=', actor.organisationId)
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
  return rows.map(toDecision);
}
