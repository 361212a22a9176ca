import { CandorError } from '../../core/candor-error.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Revokes an API token: owners and admins any of the organisation's, a member only their own.
 * Errors: CandorError 'not_found' (another organisation's id, or for a member another's token, too).
 */
export async function revokeApiToken(context: TWebContext, actor: TActor, tokenId: string): Promise<void> {
  const isRevoked = await repositoriesOf(context).team.revokeApiToken(actor.organisationId, {
    tokenId,
    at: context.now().toISOString(),
    ...(actor.role === 'member' ? { userId: actor.userId } : {}),
  });
  if (!isRevoked) {
    throw new CandorError('not_found', `No API token with id ${tokenId}`, { location: 'id' });
  }
}
