import { issuePasswordReset, PASSWORD_RESET_HOURS } from './issue-password-reset.js';
import type { TMailer } from './mailer.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * "Forgot your password?": mails a one-time reset link (valid 24 hours, an earlier unused link
 * stops working) to the account that uses `email`, if there is one and it is not disabled; does
 * nothing otherwise. Runs after the request has been answered, so neither its result nor its time
 * says whether the email has an account. Rejects when the mail server refuses (the caller logs it).
 */
export async function sendPasswordResetEmail(
  context: TWebContext,
  mailer: TMailer,
  input: { email: string; origin: string },
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const { team } = repositoriesOf(context);
  const user = await team.findUserByEmail(email);
  if (user === undefined || user.disabled_at !== null) return;
  const organisation = await team.findOrganisation(user.organisation_id);
  if (organisation === undefined) return;
  const reset = await issuePasswordReset(context, {
    organisationId: user.organisation_id,
    userId: user.id,
    createdBy: user.id,
    origin: input.origin,
  });
  await mailer.send({
    to: user.email,
    subject: 'Reset your Candor password',
    text: [
      `Hello ${user.name},`,
      '',
      `Someone asked to reset the password of your Candor account ${user.email} (${organisation.name}).`,
      `To choose a new password, open this link within ${PASSWORD_RESET_HOURS} hours (it works once):`,
      '',
      reset.url,
      '',
      'If you did not ask for this, ignore this email: your password stays as it is.',
      '',
      `Candor, ${input.origin}`,
    ].join('\n'),
  });
}
