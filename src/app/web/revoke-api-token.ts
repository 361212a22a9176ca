import { CandorError } from '../../core/candor-error.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Revokes an API token: owners and admins any of the organisation's, a member only their own.
 * Errors: CandorError 'not_found' (another organisation's id, or for a member another's token, too).
 */
export async function revokeApiToken(context: TWebContext, actor: TActor, tokenId: string): Promise<void> {
  let query = context.db
    .updateTable('api_tokens')
    .set({ revoked_at: context.now().toISOString() })
    .where('id', '=', tokenId)
    .where('organisation_id', '=', actor.organisationId)
    .where('revoked_at', 'is', null);
  if (actor.role === 'member') query = query.where('user_id', '=', actor.userId);
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new CandorError('not_found', `No API token with id ${tokenId}`, { location: 'id' });
  }
}
