import { CandorError } from '../../core/candor-error.js';
import { checkPasswordStrength } from './check-password-strength.js';
import { hashPassword } from './hash-password.js';
import { hashToken } from './hash-token.js';
import type { TWebContext } from './web-context.js';

/**
 * Sets a new password with a one-time reset link's token: the link is used up and every browser
 * session of the account ends (sign in again with the new password). Errors: CandorError
 * 'invalid_argument' for an unknown, used or expired link, or a weak password.
 */
export async function resetPassword(
  context: TWebContext,
  input: { token: string; password: string },
): Promise<void> {
  const now = context.now().toISOString();
  const reset = await context.db
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select([
      'password_resets.id',
      'password_resets.user_id',
      'password_resets.expires_at',
      'password_resets.used_at',
      'users.email',
      'users.name',
    ])
    .where('password_resets.token_hash', '=', hashToken(input.token))
    .executeTakeFirst();
  if (reset === undefined || reset.used_at !== null || reset.expires_at <= now) {
    throw new CandorError(
      'invalid_argument',
      'This password reset link is not valid (used, expired or replaced): ask an admin for a new one.',
      { location: 'token' },
    );
  }
  checkPasswordStrength(input.password, [reset.email, reset.name]);
  const passwordHash = await hashPassword(input.password, context.randomBytes(16));
  await context.db.transaction().execute(async (transaction) => {
    const used = await transaction
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('id', '=', reset.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) === 0) {
      throw new CandorError('invalid_argument', 'This password reset link was already used.', {
        location: 'token',
      });
    }
    await transaction
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', reset.user_id)
      .execute();
    await transaction.deleteFrom('web_sessions').where('user_id', '=', reset.user_id).execute();
  });
}
