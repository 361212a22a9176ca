import { createRandomToken } from './create-random-token.js';
import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

export type TApiTokenInfo = {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string;
  /** Whose token it is: it acts with that user's role. */
  userName: string;
};

/** How long an API token works unless another lifetime is chosen, and the longest allowed. */
export const API_TOKEN_DAYS = { default: 90, max: 365 } as const;

/** Every API token starts with this, so a leaked one is easy to recognise (and to scan for). */
export const API_TOKEN_PREFIX = 'candor_';

/**
 * Creates an API token for scripts, acting as the actor (with their role) in their organisation,
 * working for `expiresInDays` (default 90, at most 365); the token is shown once.
 */
export async function createApiToken(
  context: TWebContext,
  actor: TActor,
  input: { name: string; expiresInDays?: number },
): Promise<TApiTokenInfo & { token: string }> {
  const token = `${API_TOKEN_PREFIX}${createRandomToken(context.randomBytes)}`;
  const now = context.now();
  const days = Math.min(
    API_TOKEN_DAYS.max,
    Math.max(1, Math.trunc(input.expiresInDays ?? API_TOKEN_DAYS.default)),
  );
  const created = {
    id: context.newId(),
    name: input.name.trim(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
  };
  await repositoriesOf(context).team.insertApiToken({
    id: created.id,
    organisation_id: actor.organisationId,
    user_id: actor.userId,
    name: created.name,
    token_hash: hashToken(token),
    created_at: created.createdAt,
    last_used_at: null,
    revoked_at: null,
    expires_at: created.expiresAt,
  });
  return { ...created, lastUsedAt: null, userName: actor.name, token };
}
