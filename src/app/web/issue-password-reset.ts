import { createRandomToken } from './create-random-token.js';
import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/** How long a password reset link works. */
export const PASSWORD_RESET_HOURS = 24;

/**
 * Stores a new one-time password reset link for a user (an earlier unused one stops working) and
 * gives its URL on `origin`. Only the token's hash is stored. `createdBy` is the admin who issued
 * it, or the user itself when they asked for it by email. No permission check: callers do that.
 */
export async function issuePasswordReset(
  context: TWebContext,
  input: { organisationId: string; userId: string; createdBy: string; origin: string },
): Promise<{ url: string; expiresAt: string }> {
  const token = createRandomToken(context.randomBytes);
  const now = context.now();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_HOURS * 3_600_000).toISOString();
  const repositories = repositoriesOf(context);
  await repositories.transaction((within) =>
    within.team.replacePasswordReset({
      id: context.newId(),
      organisation_id: input.organisationId,
      user_id: input.userId,
      token_hash: hashToken(token),
      created_by: input.createdBy,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
    }),
  );
  return { url: `${input.origin}/reset-password?token=${token}`, expiresAt };
}
