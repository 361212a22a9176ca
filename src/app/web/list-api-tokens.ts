import type { TApiTokenInfo } from './create-api-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * The API tokens that still work (not revoked, not expired), newest first, without their secrets:
 * the whole organisation's for owners and admins, a member's own for a member.
 */
export async function listApiTokens(context: TWebContext, actor: TActor): Promise<TApiTokenInfo[]> {
  const rows = await repositoriesOf(context).team.listApiTokens(actor.organisationId, {
    now: context.now().toISOString(),
    ...(actor.role === 'member' ? { userId: actor.userId } : {}),
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    userName: row.userName,
  }));
}
