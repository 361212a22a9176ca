import { toBase32 } from '../../adapters/storage/create-session-id.js';
import { deriveLinkToken } from './derive-link-token.js';
import { findCandidateRow } from './find-candidate-row.js';
import { hashToken } from './hash-token.js';
import { interviewUrl } from './interview-url.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

export type TCreatedInterviewLink = { url: string; token: string; expiresAt: string };

/**
 * A fresh interview link for a candidate: earlier links stop working (revoked), the new one
 * expires after `expiresInDays`. A candidate who already started resumes the same interview.
 * Only the token's SHA-256 is stored. Errors: CandorError 'not_found'.
 */
export async function createInterviewLink(
  context: TWebContext,
  actor: TActor,
  input: { candidateId: string; expiresInDays: number; origin: string },
): Promise<TCreatedInterviewLink> {
  const candidate = await findCandidateRow(context, actor, input.candidateId);
  const now = context.now();
  const nonce = toBase32(context.randomBytes(16));
  const token = deriveLinkToken(context.secret, candidate.id, nonce);
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString();
  await repositoriesOf(context).transaction(async (within) => {
    await within.candidates.revokeLinks(actor.organisationId, candidate.id, now.toISOString());
    await within.candidates.insertLink({
      id: context.newId(),
      organisation_id: actor.organisationId,
      candidate_id: candidate.id,
      token_hash: hashToken(token),
      nonce,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
    });
    await within.candidates.changeStatus({
      candidateId: candidate.id,
      to: 'invited',
      from: ['new'],
      now: now.toISOString(),
    });
  });
  return { url: interviewUrl(input.origin, token), token, expiresAt };
}
