import { CandorError } from '../../core/candor-error.js';
import type { TInterviewSession } from '../../core/interview/session-store.js';
import type { TInterviewAccessRow, TInterviewStartInputs } from '../ports/interview-repository.js';
import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/** After its link expires, an interview already under way may still finish within its budget plus this. */
const GRACE_MINUTES = 60;

export type TInterviewAccess = TInterviewAccessRow &
  (
    | {
        /** The interview, once the candidate consented. */
        session: TInterviewSession;
        startInputs?: undefined;
      }
    | {
        session: undefined;
        /** Before the interview starts: the job, its plan and the resume it is planned from. */
        startInputs: TInterviewStartInputs;
      }
  );

const INVALID =
  'This interview link is not valid. Check that the whole link was copied, or ask the recruiter for a new one.';

/**
 * What an interview link opens: exactly one candidate's interview, and nothing else. Two reads
 * once the interview is under way (the link with what it opens, then the session), through the
 * repositories. Errors: CandorError 'not_found' for a token that opens nothing; 'link_revoked'
 * for a revoked or replaced link; 'link_expired' once it expired (an interview under way may
 * finish first).
 */
export async function findInterviewByToken(context: TWebContext, token: string): Promise<TInterviewAccess> {
  if (!/^[a-z2-7]{20,64}$/.test(token)) throw new CandorError('not_found', INVALID, { location: 'token' });
  const repositories = repositoriesOf(context);
  const row = await repositories.interviews.findAccess(hashToken(token));
  if (row === undefined) throw new CandorError('not_found', INVALID, { location: 'token' });
  const { link, candidate } = row;
  // The pages for a link that no longer works name who sent it and whom to write to.
  const contact = `${row.organisationName} sent this link; write to ${row.contactEmail}`;
  if (link.revoked_at !== null) {
    throw new CandorError(
      'link_revoked',
      `This interview link is no longer valid: it was withdrawn or replaced. ${contact} for a current link.`,
    );
  }
  const session =
    candidate.interview_session_id === null
      ? undefined
      : await repositories.sessions.get(candidate.interview_session_id);
  const now = context.now();
  if (now.toISOString() >= link.expires_at) {
    const state = session?.state;
    const deadline =
      state === undefined || state.status !== 'in_progress'
        ? undefined
        : Date.parse(state.startedAt) + (state.plan.budget.minutes + GRACE_MINUTES) * 60_000;
    if (deadline === undefined || now.getTime() >= deadline) {
      throw new CandorError(
        'link_expired',
        `This interview link has expired. ${contact} for a new link if you would still like to interview.`,
      );
    }
  }
  if (session !== undefined) return { ...row, session };
  const startInputs = await repositories.interviews.findStartInputs(candidate);
  if (startInputs === undefined) throw new CandorError('not_found', INVALID, { location: 'token' });
  return { ...row, session, startInputs };
}
