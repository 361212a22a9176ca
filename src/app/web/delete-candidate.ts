import { CandorError } from '../../core/candor-error.js';
import { repositoriesOf } from './repositories-of.js';
import { requireRole } from './require-role.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Erases a candidate for good (an erasure request): resume, interview, report, room events,
 * links, decisions and queue rows, leaving a redacted audit event. Owners and admins only.
 * Errors: CandorError 'forbidden', 'not_found' (another organisation's id too).
 */
export async function deleteCandidate(
  context: TWebContext,
  actor: TActor,
  candidateId: string,
): Promise<void> {
  requireRole(actor, ['owner', 'admin'], 'delete candidates');
  const repositories = repositoriesOf(context);
  const erased = await repositories.candidates.erase({
    candidateId,
    organisationId: actor.organisationId,
    actor: { userId: actor.userId, name: actor.name },
    reason: 'request',
    auditId: context.newId(),
    at: context.now().toISOString(),
  });
  if (erased === undefined)
    throw new CandorError('not_found', `No candidate with id ${candidateId}`, { location: 'id' });
  await repositories.flushDeleted();
}
