import { CandorError } from '../../core/candor-error.js';
import { checkPasswordStrength } from './check-password-strength.js';
import { hashPassword } from './hash-password.js';
import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
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
  const repositories = repositoriesOf(context);
  const reset = await repositories.team.findPasswordReset(hashToken(input.token));
  if (reset === undefined || reset.used_at !== null || reset.expires_at <= now) {
    throw new CandorError(
      'invalid_argument',
      'This password reset link is not valid (used, expired or replaced): ask an admin for a new one.',
      { location: 'token' },
    );
  }
  checkPasswordStrength(input.password, [reset.email, reset.name]);
  const passwordHash = await hashPassword(input.password, context.randomBytes(16));
  await repositories.transaction(async (within) => {
    if (!(await within.team.usePasswordReset(reset.id, now))) {
      throw new CandorError('invalid_argument', 'This password reset link was already used.', {
        location: 'token',
      });
    }
    await within.team.setPassword(reset.user_id, passwordHash);
  });
}
