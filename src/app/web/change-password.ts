import { CandorError } from '../../core/candor-error.js';
import { checkPasswordStrength } from './check-password-strength.js';
import { hashPassword } from './hash-password.js';
import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
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
  const { team } = repositoriesOf(context);
  const user = await team.findUser(actor.organisationId, actor.userId);
  if (user === undefined) throw new CandorError('unauthenticated', 'Your account no longer exists.');
  if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
    throw new CandorError('invalid_argument', 'The current password is wrong.', {
      location: 'currentPassword',
    });
  }
  checkPasswordStrength(input.newPassword, [actor.email, actor.name], 'newPassword');
  const passwordHash = await hashPassword(input.newPassword, context.randomBytes(16));
  await team.setPassword(actor.userId, passwordHash, {
    ...(input.keepSessionToken === undefined ? {} : { keepSessionHash: hashToken(input.keepSessionToken) }),
    isEndingResets: true,
  });
}
