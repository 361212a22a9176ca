import { hashToken } from './hash-token.js';
import { toActor } from './to-actor.js';
import type { TActor, TWebContext } from './web-context.js';

/** The user an API token (Authorization: Bearer) acts for, or undefined (unknown, revoked, expired, or its user disabled). */
export async function findTokenActor(context: TWebContext, token: string): Promise<TActor | undefined> {
  const row = await context.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.organisation_id as token_organisation_id',
      'api_tokens.name as token_name',
    ])
    .where('api_tokens.token_hash', '=', hashToken(token))
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', context.now().toISOString())
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined || row.token_organisation_id !== row.organisation_id) return undefined;
  await context.db
    .updateTable('api_tokens')
    .set({ last_used_at: context.now().toISOString() })
    .where('id', '=', row.token_id)
    .execute();
  return { ...toActor(row, 'token'), tokenName: row.token_name };
}
