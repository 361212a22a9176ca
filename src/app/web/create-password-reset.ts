import { createRandomToken } from './create-random-token.js';
import { findManageableUser } from './find-manageable-user.js';
import { hashToken } from './hash-token.js';
import type { TActor, TWebContext } from './web-context.js';

/** How long a password reset link works. */
export const PASSWORD_RESET_HOURS = 24;

/**
 * A one-time password reset link for a colleague (the owner for anyone, an admin for members),
 * to hand over in person or by the team's own channel; an earlier unused link stops working.
 * Only the token's hash is stored. Errors: CandorError 'forbidden', 'not_found'.
 */
export async function createPasswordReset(
  context: TWebContext,
  actor: TActor,
  input: { userId: string; origin: string },
): Promise<{ url: string; expiresAt: string; email: string }> {
  const user = await findManageableUser(context, actor, input.userId, 'reset the password of');
  const token = createRandomToken(context.randomBytes);
  const now = context.now();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_HOURS * 3_600_000).toISOString();
  await context.db.transaction().execute(async (transaction) => {
    await transaction.deleteFrom('password_resets').where('user_id', '=', user.id).execute();
    await transaction
      .insertInto('password_resets')
      .values({
        id: context.newId(),
        organisation_id: actor.organisationId,
        user_id: user.id,
        token_hash: hashToken(token),
        created_by: actor.userId,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        used_at: null,
      })
      .execute();
  });
  return { url: `${input.origin}/reset-password?token=${token}`, expiresAt, email: user.email };
}
