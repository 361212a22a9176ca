import { CandorError } from '../../core/candor-error.js';
import type { TUserRow } from '../ports/team-repository.js';
import { repositoriesOf } from './repositories-of.js';
import { requireRole } from './require-role.js';
import { toRole } from './to-actor.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * A colleague the actor may manage (disable, remove, reset the password of): the owner manages
 * everyone else, an admin manages members; nobody manages themselves or the owner. Errors:
 * CandorError 'forbidden', 'not_found' (another organisation's id too).
 */
export async function findManageableUser(
  context: TWebContext,
  actor: TActor,
  userId: string,
  what: string,
): Promise<TUserRow> {
  requireRole(actor, ['owner', 'admin'], what);
  const user = await repositoriesOf(context).team.findUser(actor.organisationId, userId);
  if (user === undefined) throw new CandorError('not_found', `No user with id ${userId}`, { location: 'id' });
  if (user.id === actor.userId) {
    throw new CandorError('forbidden', `You cannot ${what} yourself.`);
  }
  const role = toRole(user.role);
  if (role === 'owner')
    throw new CandorError('forbidden', `Nobody can ${what} the owner of the organisation.`);
  if (actor.role === 'admin' && role !== 'member') {
    throw new CandorError('forbidden', `Only the owner can ${what} an admin.`);
  }
  return user;
}
