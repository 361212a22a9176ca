import { CandorError } from '../../core/candor-error.js';
import { checkPasswordStrength } from './check-password-strength.js';
import { hashPassword } from './hash-password.js';
import { hashToken } from './hash-token.js';
import { verifyPassword } from './verify-password.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Changes the actor's own password after checking the current one; every other browser session
 * of theirs ends (the one making the change, `keepSessionToken`, stays signed in). Errors:
 * CandorError 'invalid_argument' for a wrong current password or a weak new one.
 */
export async function changePassword(
  context: TWebContext,
  actor: TActor,
  input: { currentPassword: string; newPassword: string; keepSessionToken?: string },
): Promise<void> {
  const user = await context.db
    .selectFrom('users')
    .select(['password_hash'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
    throw new CandorError('invalid_argument', 'The current password is wrong.', {
      location: 'currentPassword',
    });
  }
  checkPasswordStrength(input.newPassword, [actor.email, actor.name], 'newPassword');
  const passwordHash = await hashPassword(input.newPassword, context.randomBytes(16));
  await context.db.transaction().execute(async (transaction) => {
    await transaction
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', actor.userId)
      .execute();
    let sessions = transaction.deleteFrom('web_sessions').where('user_id', '=', actor.userId);
    if (input.keepSessionToken !== undefined) {
      sessions = sessions.where('token_hash', '!=', hashToken(input.keepSessionToken));
    }
    await sessions.execute();
    await transaction.deleteFrom('password_resets').where('user_id', '=', actor.userId).execute();
  });
}
