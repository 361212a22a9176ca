import type { TApiTokenInfo } from './create-api-token.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * The API tokens that still work (not revoked, not expired), newest first, without their secrets:
 * the whole organisation's for owners and admins, a member's own for a member.
 */
export async function listApiTokens(context: TWebContext, actor: TActor): Promise<TApiTokenInfo[]> {
  let query = context.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.created_at',
      'api_tokens.last_used_at',
      'api_tokens.expires_at',
      'users.name as user_name',
    ])
    .where('api_tokens.organisation_id', '=', actor.organisationId)
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', context.now().toISOString());
  if (actor.role === 'member') query = query.where('api_tokens.user_id', '=', actor.userId);
  const rows = await query.orderBy('api_tokens.created_at', 'desc').orderBy('api_tokens.id').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    userName: row.user_name,
  }));
}
