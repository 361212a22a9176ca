import { findJobRow } from './find-job-row.js';
import { repositoriesOf } from './repositories-of.js';
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
  const repositories = repositoriesOf(context);
  const count = await repositories.transaction(async (within) => {
    const candidateIds = (await within.candidates.listOfJob(actor.organisationId, job.id)).map(
      (candidate) => candidate.id,
    );
    for (const candidateId of candidateIds) {
      await within.candidates.erase({
        candidateId,
        organisationId: actor.organisationId,
        actor: { userId: actor.userId, name: actor.name },
        reason: 'job_erased',
        auditId: context.newId(),
        at,
      });
    }
    await within.jobs.delete(actor.organisationId, job.id);
    await within.audit.record({
      id: context.newId(),
      organisation_id: actor.organisationId,
      action: 'job.erased',
      subject_id: job.id,
      actor_user_id: actor.userId,
      actor_name: actor.name,
      detail_json: JSON.stringify({ candidates: candidateIds.length, createdAt: job.created_at }),
      at,
    });
    return candidateIds.length;
  });
  await repositories.flushDeleted();
  return count;
}
