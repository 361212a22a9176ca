import type { TInterviewRoom } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { buildInterviewRoom } from './build-interview-room.js';
import { findInterviewByToken } from './find-interview-by-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * The candidate asks for an interview with a person instead, before or during the AI interview:
 * the request is stored on the candidate, the AI interview ends where it is and is never evaluated
 * (the candidate's status becomes `human_requested`, which the evaluation queue never takes), and
 * the recruiter sees the request. Asking again changes nothing. Errors: as findInterviewByToken;
 * CandorError 'conflict' once the interview is complete (it is already being evaluated).
 */
export async function requestHumanInterview(context: TWebContext, token: string): Promise<TInterviewRoom> {
  const access = await findInterviewByToken(context, token);
  const { candidate } = access;
  if (candidate.human_requested_at !== null) return buildInterviewRoom(context, access);
  const now = context.now().toISOString();
  const isRequested = await repositoriesOf(context).candidates.changeStatus({
    candidateId: candidate.id,
    to: 'human_requested',
    now,
    set: { human_requested_at: now },
  });
  if (!isRequested) {
    const current = await findInterviewByToken(context, token);
    if (current.candidate.human_requested_at !== null) return buildInterviewRoom(context, current);
    throw new CandorError(
      'conflict',
      `Your interview is already complete. To ask for a conversation with a person as well, write to ${access.contactEmail}.`,
    );
  }
  return buildInterviewRoom(context, {
    ...access,
    candidate: { ...candidate, human_requested_at: now, status: 'human_requested' },
  });
}
