import type { TOrganisation, TUser } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/** The signed-in user and their organisation, as GET /api/me shows them (without the CSRF token). */
export async function getSessionInfo(
  context: TWebContext,
  actor: TActor,
): Promise<{ user: TUser; organisation: TOrganisation }> {
  const organisation = await repositoriesOf(context).team.findOrganisation(actor.organisationId);
  if (organisation === undefined) throw new CandorError('not_found', 'The organisation no longer exists');
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, role: actor.role },
    organisation: { id: organisation.id, name: organisation.name },
  };
}
