import { createRandomToken } from './create-random-token.js';
import { hashToken } from './hash-token.js';
import type { TActor, TWebContext } from './web-context.js';

export type TApiTokenInfo = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

/** Every API token starts with this, so a leaked one is easy to recognise (and to scan for). */
export const API_TOKEN_PREFIX = 'candor_';

/** Creates an API token for scripts, acting as the actor in their organisation; the token is shown once. */
export async function createApiToken(
  context: TWebContext,
  actor: TActor,
  input: { name: string },
): Promise<TApiTokenInfo & { token: string }> {
  const token = `${API_TOKEN_PREFIX}${createRandomToken(context.randomBytes)}`;
  const created = { id: context.newId(), name: input.name.trim(), createdAt: context.now().toISOString() };
  await context.db
    .insertInto('api_tokens')
    .values({
      id: created.id,
      organisation_id: actor.organisationId,
      user_id: actor.userId,
      name: created.name,
      token_hash: hashToken(token),
      created_at: created.createdAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { ...created, lastUsedAt: null, token };
}
