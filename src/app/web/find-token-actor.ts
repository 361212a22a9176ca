import { prepareQuery } from '../../adapters/storage/prepare-query.js';
import { hashToken } from './hash-token.js';
import { toActor } from './to-actor.js';
import type { TActor, TWebContext } from './web-context.js';

/** The token's user, by the token's hash: compiled once, as it runs on every API-token request. */
const selectTokenUser = prepareQuery((db, tokenHash: string, now: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.organisation_id as token_organisation_id'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', now)
    .where('users.disabled_at', 'is', null),
);

/**
 * The user an API token (Authorization: Bearer) acts for, or undefined (unknown, revoked, expired,
 * or its user disabled). Its use is recorded (`last_used_at`) to the minute, off the request path.
 */
export async function findTokenActor(context: TWebContext, token: string): Promise<TActor | undefined> {
  const [row] = await selectTokenUser(context.db, hashToken(token), context.now().toISOString());
  if (row === undefined || row.token_organisation_id !== row.organisation_id) return undefined;
  // Written behind the request, at most once a minute per token: a read does not wait on a write.
  context.tokenUses.record(row.token_id);
  return toActor(row, 'token');
}
