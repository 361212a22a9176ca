import { findManageableUser } from './find-manageable-user.js';
import { issuePasswordReset } from './issue-password-reset.js';
import type { TActor, TWebContext } from './web-context.js';

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
  const reset = await issuePasswordReset(context, {
    organisationId: actor.organisationId,
    userId: user.id,
    createdBy: actor.userId,
    origin: input.origin,
  });
  return { ...reset, email: user.email };
}
