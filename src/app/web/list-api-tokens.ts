import type { TApiTokenInfo } from './create-api-token.js';
import type { TActor, TWebContext } from './web-context.js';

/** The organisation's API tokens that still work, newest first, without their secrets. */
export async function listApiTokens(context: TWebContext, actor: TActor): Promise<TApiTokenInfo[]> {
  const rows = await context.db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at'])
    .where('organisation_id', '=', actor.organisationId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  }));
}
