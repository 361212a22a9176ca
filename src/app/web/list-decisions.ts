import type { TDecision } from '../../contract/api-schemas.js';
import { findCandidateRow } from './find-candidate-row.js';
import { repositoriesOf } from './repositories-of.js';
import { toDecision } from './to-decision.js';
import type { TActor, TWebContext } from './web-context.js';

/** Every decision recorded on a candidate, oldest first: the audit trail. Errors: CandorError 'not_found'. */
export async function listDecisions(
  context: TWebContext,
  actor: TActor,
  candidateId: string,
): Promise<TDecision[]> {
  const candidate = await findCandidateRow(context, actor, candidateId);
  const rows = await repositoriesOf(context).decisions.list(actor.organisationId, candidate.id);
  return rows.map(toDecision);
}
