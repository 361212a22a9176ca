import { CandorError } from '../../core/candor-error.js';
import { createWebSession } from './create-web-session.js';
import { hashPassword } from './hash-password.js';
import { repositoriesOf } from './repositories-of.js';
import type { TSignedIn } from './sign-up.js';
import { toRole } from './to-actor.js';
import { verifyPassword } from './verify-password.js';
import type { TWebContext } from './web-context.js';

/** Hashed once, so an unknown email costs the same time as a wrong password. */
let decoyHash: Promise<string> | undefined;

/**
 * Checks an email and password and starts a browser session. Errors: CandorError 'unauthenticated',
 * with the same message whether the email or the password was wrong.
 */
export async function signIn(
  context: TWebContext,
  input: { email: string; password: string },
): Promise<TSignedIn> {
  const email = input.email.trim().toLowerCase();
  const { team } = repositoriesOf(context);
  const user = await team.findUserByEmail(email);
  decoyHash ??= hashPassword('not a password', new Uint8Array(16));
  const isValid = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash));
  if (user === undefined || !isValid) throw new CandorError('unauthenticated', 'Wrong email or password.');
  if (user.disabled_at !== null) {
    // Only someone who knows the password learns this, so it tells no stranger anything.
    throw new CandorError('unauthenticated', 'This account is disabled: ask an admin of your organisation.');
  }
  const organisation = await team.findOrganisation(user.organisation_id);
  if (organisation === undefined) throw new Error(`user ${user.id} has no organisation`);
  const session = await createWebSession(context, team, user.id);
  return {
    sessionToken: session.token,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: toRole(user.role),
    },
    organisation,
  };
}
