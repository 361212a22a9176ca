import type { TOrganisation, TUser } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { checkPasswordStrength } from './check-password-strength.js';
import { createWebSession } from './create-web-session.js';
import { hashPassword } from './hash-password.js';
import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * The one answer to a sign-up without an invitation once the installation has its organisation
 * (sign-up policy `first`): the same for every email, so it tells nothing about accounts.
 */
export const INVITATION_ONLY =
  'New accounts on this server join by invitation: ask an owner or admin of your organisation for an invitation link.';

/** The one answer for an email that cannot sign up, whether or not it has an account. */
export const NEUTRAL_REFUSAL =
  'No account can be created with this email. If you already have one, sign in (or ask an admin of your organisation for a password reset link).';

const USED_INVITATION = 'This invitation was already used. Sign in instead, or ask for a new one.';

export type TSignUpInput = {
  email: string;
  password: string;
  name: string;
  /** The new organisation's name (without an invitation); defaults to "<name>'s organisation". */
  organisationName?: string;
  /** From a colleague's invitation link: joins their organisation in the role it names. */
  invitationToken?: string;
};

export type TSignedIn = { sessionToken: string; user: TUser; organisation: TOrganisation };

/**
 * Creates an account and signs it in. Without an invitation the user creates an organisation and
 * owns it (the first user of an installation does this); with one they join the inviting
 * organisation in the invitation's role, and the email must be the one invited. The password must
 * not be common or easy to guess. Under the default policy (`first`), only the installation's
 * first user signs up without an invitation; after that everyone else is answered alike
 * (INVITATION_ONLY) before any email is looked up, so sign-up tells nothing about accounts. Under
 * `open`, an email that already has an account gets the same answer as any other refused sign-up.
 * Errors: CandorError 'forbidden' for a sign-up without invitation on a closed installation,
 * 'invalid_argument' for a weak password, an unknown, used, expired or mismatched invitation, or an
 * email that cannot be used.
 */
export async function signUp(context: TWebContext, input: TSignUpInput): Promise<TSignedIn> {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const invitationToken = input.invitationToken ?? '';
  const isInvited = invitationToken.length > 0;
  if (
    !isInvited &&
    (context.signUp ?? 'first') === 'first' &&
    (await repositoriesOf(context).team.hasOrganisation())
  ) {
    throw new CandorError('forbidden', INVITATION_ONLY, { location: 'invitationToken' });
  }
  checkPasswordStrength(input.password, [email, name]);
  const passwordHash = await hashPassword(input.password, context.randomBytes(16));
  const now = context.now().toISOString();

  return repositoriesOf(context).transaction(async ({ team }) => {
    if ((await team.findUserByEmail(email)) !== undefined) {
      throw new CandorError('invalid_argument', NEUTRAL_REFUSAL, { location: 'email' });
    }

    let organisation: TOrganisation;
    let role: TUser['role'];
    if (isInvited) {
      const invitation = await team.findInvitation(hashToken(invitationToken));
      const problem =
        invitation === undefined
          ? 'This invitation link is not valid. Ask your colleague for a new one.'
          : invitation.accepted_at !== null
            ? USED_INVITATION
            : invitation.expires_at <= now
              ? 'This invitation has expired. Ask your colleague for a new one.'
              : invitation.email !== email
                ? `This invitation is for ${invitation.email}: sign up with that email.`
                : undefined;
      if (problem !== undefined || invitation === undefined) {
        throw new CandorError('invalid_argument', problem ?? 'Invalid invitation', {
          location: 'invitationToken',
        });
      }
      // Conditional: of two sign-ups racing on one invitation, one joins.
      if (!(await team.acceptInvitation(invitation.id, now))) {
        throw new CandorError('invalid_argument', USED_INVITATION, { location: 'invitationToken' });
      }
      organisation = { id: invitation.organisation_id, name: invitation.organisation_name };
      role = invitation.role === 'admin' ? 'admin' : 'member';
    } else {
      organisation = {
        id: context.newId(),
        name: input.organisationName?.trim() || `${name}'s organisation`,
      };
      await team.insertOrganisation({ id: organisation.id, name: organisation.name, created_at: now });
      role = 'owner';
    }

    const user: TUser = { id: context.newId(), email, name, role };
    await team.insertUser({
      id: user.id,
      organisation_id: organisation.id,
      email,
      name,
      role,
      password_hash: passwordHash,
      created_at: now,
    });
    const session = await createWebSession(context, team, user.id);
    return { sessionToken: session.token, user, organisation };
  });
}
