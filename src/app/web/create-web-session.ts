import type { TTeamRepository } from '../ports/team-repository.js';
import { createRandomToken } from './create-random-token.js';
import { hashToken } from './hash-token.js';
import type { TWebContext } from './web-context.js';

/** How long a browser stays signed in. */
export const SESSION_DAYS = 14;

/** Starts a browser session for a user: resolves to the cookie's token (only its hash is stored). */
export async function createWebSession(
  context: TWebContext,
  team: Pick<TTeamRepository, 'insertSession'>,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = createRandomToken(context.randomBytes);
  const now = context.now();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await team.insertSession({
    token_hash: hashToken(token),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}
