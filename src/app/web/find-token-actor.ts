import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import { toActor } from './to-actor.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * The user an API token (Authorization: Bearer) acts for, or undefined (unknown, revoked, expired,
 * or its user disabled). Its use is recorded (`last_used_at`) to the minute, off the request path.
 */
export async function findTokenActor(context: TWebContext, token: string): Promise<TActor | undefined> {
  const row = await repositoriesOf(context).team.findTokenUser(hashToken(token), context.now().toISOString());
  if (row === undefined || row.token_organisation_id !== row.organisation_id) return undefined;
  // Written behind the request, at most once a minute per token: a read does not wait on a write.
  context.tokenUses.record(row.token_id);
  return { ...toActor(row, 'token'), tokenName: row.token_name };
}
