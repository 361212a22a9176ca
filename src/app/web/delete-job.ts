import { eraseCandidate } from '../../adapters/storage/erase-candidate.js';
import { flushDeletedData } from '../../adapters/storage/flush-deleted-data.js';
import { findJobRow } from './find-job-row.js';
import { requireRole } from './require-role.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Deletes a job and erases every candidate of it (as deleteCandidate does), in one transaction,
 * with an audit event for the job and one per candidate. Owners and admins only. Resolves to how
 * many candidates were erased. Errors: CandorError 'forbidden', 'not_found'.
 */
export async function deleteJob(context: TWebContext, actor: TActor, jobId: string): Promise<number> {
  requireRole(actor, ['owner', 'admin'], 'delete jobs');
  const job = await findJobRow(context, actor, jobId);
  const at = context.now().toISOString();
  const count = await context.db.transaction().execute(async (transaction) => {
    const candidates = await transaction
      .selectFrom('candidates')
      .select('id')
      .where('job_id', '=', job.id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    for (const candidate of candidates) {
      await eraseCandidate(transaction, {
        candidateId: candidate.id,
        organisationId: actor.organisationId,
        actor: { userId: actor.userId, name: actor.name },
        reason: 'job_erased',
        auditId: context.newId(),
        at,
      });
    }
    await transaction.deleteFrom('jobs').where('id', '=', job.id).execute();
    await transaction
      .insertInto('audit_events')
      .values({
        id: context.newId(),
        organisation_id: actor.organisationId,
        action: 'job.erased',
        subject_id: job.id,
        actor_user_id: actor.userId,
        actor_name: actor.name,
        detail_json: JSON.stringify({ candidates: candidates.length, createdAt: job.created_at }),
        at,
      })
      .execute();
    return candidates.length;
  });
  await flushDeletedData(context.db);
  return count;
}
