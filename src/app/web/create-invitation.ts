import { createRandomToken } from './create-random-token.js';
import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import { requireRole } from './require-role.js';
import type { TActor, TWebContext } from './web-context.js';

/** How long a colleague's invitation link works. */
export const INVITATION_DAYS = 7;

export type TCreatedInvitation = {
  id: string;
  email: string;
  role: 'admin' | 'member';
  token: string;
  expiresAt: string;
};

/**
 * Invites a colleague into the actor's organisation: resolves to the invitation with its token
 * (shown once, in the link; only its hash is stored). Owners and admins invite members; only the
 * owner invites admins. Errors: CandorError 'forbidden'.
 */
export async function createInvitation(
  context: TWebContext,
  actor: TActor,
  input: { email: string; role?: 'admin' | 'member' },
): Promise<TCreatedInvitation> {
  const role = input.role ?? 'member';
  requireRole(
    actor,
    role === 'admin' ? ['owner'] : ['owner', 'admin'],
    `invite ${role === 'admin' ? 'admins' : 'colleagues'}`,
  );
  const token = createRandomToken(context.randomBytes);
  const now = context.now();
  const invitation = {
    id: context.newId(),
    email: input.email.trim().toLowerCase(),
    role,
    token,
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
  };
  await repositoriesOf(context).team.insertInvitation({
    id: invitation.id,
    organisation_id: actor.organisationId,
    email: invitation.email,
    token_hash: hashToken(token),
    invited_by: actor.userId,
    role,
    created_at: now.toISOString(),
    expires_at: invitation.expiresAt,
    accepted_at: null,
  });
  return invitation;
}
