import { changeCandidateStatus } from '../../adapters/storage/change-candidate-status.js';
import { findCandidateRow } from './find-candidate-row.js';
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
  await context.db.transaction().execute(async (transaction) => {
    await transaction
      .updateTable('interview_links')
      .set({ revoked_at: now })
      .where('candidate_id', '=', candidate.id)
      .where('organisation_id', '=', actor.organisationId)
      .where('revoked_at', 'is', null)
      .execute();
    await changeCandidateStatus(transaction, {
      candidateId: candidate.id,
      to: 'new',
      from: ['invited'],
      now,
    });
  });
}
