import type { TInvitationPreview } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * What an invitation link opens, for its sign-up page: the organisation, the email invited and the
 * role, so the page can name them and pre-fill the email. The token is the authority. Errors:
 * CandorError 'not_found' for a token that opens nothing, 'conflict' for a used or expired one.
 */
export async function getInvitation(context: TWebContext, token: string): Promise<TInvitationPreview> {
  const invitation = await repositoriesOf(context).team.findInvitation(hashToken(token));
  if (invitation === undefined) {
    throw new CandorError(
      'not_found',
      'This invitation link is not valid. Ask your colleague for a new one.',
    );
  }
  if (invitation.accepted_at !== null) {
    throw new CandorError(
      'conflict',
      'This invitation was already used. Sign in instead, or ask for a new one.',
    );
  }
  if (invitation.expires_at <= context.now().toISOString()) {
    throw new CandorError('conflict', 'This invitation has expired. Ask your colleague for a new one.');
  }
  return {
    organisationName: invitation.organisation_name,
    email: invitation.email,
    role: invitation.role === 'admin' ? 'admin' : 'member',
    expiresAt: invitation.expires_at,
  };
}
