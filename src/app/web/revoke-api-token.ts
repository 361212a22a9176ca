import { CandorError } from '../../core/candor-error.js';
import type { TActor, TWebContext } from './web-context.js';

/** Revokes one of the organisation's API tokens. Errors: CandorError 'not_found' (another organisation's id too). */
export async function revokeApiToken(context: TWebContext, actor: TActor, tokenId: string): Promise<void> {
  const result = await context.db
    .updateTable('api_tokens')
    .set({ revoked_at: context.now().toISOString() })
    .where('id', '=', tokenId)
    .where('organisation_id', '=', actor.organisationId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new CandorError('not_found', `No API token with id ${tokenId}`, { location: 'id' });
  }
}
