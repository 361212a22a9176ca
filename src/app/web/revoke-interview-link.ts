import { findCandidateRow } from './find-candidate-row.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Revokes a candidate's interview link: it answers "revoked" from now on. A candidate who had not
 * started goes back to "new". Revoking twice is fine. Errors: CandorError 'not_found'.
 */
export async function revokeInterviewLink(
  context: TWebContext,
  actor: TActor,
  candidateId: string,
): Promise<void> {
  const candidate = await findCandidateRow(context, actor, candidateId);
  const now = context.now().toISOString();
  await repositoriesOf(context).transaction(async (within) => {
    await within.candidates.revokeLinks(actor.organisationId, candidate.id, now);
    await within.candidates.changeStatus({ candidateId: candidate.id, to: 'new', from: ['invited'], now });
  });
}
