import type { TInvitationPreview } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { hashToken } from './hash-token.js';
import type { TWebContext } from './web-context.js';

/**
 * What an invitation link opens, for its sign-up page: the organisation, the email invited and the
 * role, so the page can name them and pre-fill the email. The token is the authority. Errors:
 * CandorError 'not_found' for a token that opens nothing, 'conflict' for a used or expired one.
 */
export async function getInvitation(context: TWebContext, token: string): Promise<TInvitationPreview> {
  const invitation = await context.db
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
    .select([
      'invitations.email',
      'invitations.role',
      'invitations.expires_at',
      'invitations.accepted_at',
      'organisations.name as organisation_name',
    ])
    .where('invitations.token_hash', '=', hashToken(token))
    .executeTakeFirst();
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
