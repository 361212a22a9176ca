import type { TInterviewRoom } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import type { TSelfIdentification } from '../../core/fairness/self-identification.js';
import { buildInterviewRoom } from './build-interview-room.js';
import { findInterviewByToken } from './find-interview-by-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * Stores the candidate's voluntary self-identification, offered once the AI interview is over
 * (complete, or ended by a request for a person). It is kept in its own table, apart from the
 * interview: the evaluator and the candidate page never read it, only the adverse-impact report
 * does. Answering again replaces the earlier answer. Errors: as findInterviewByToken;
 * CandorError 'conflict' while the interview is still going on.
 */
export async function recordSelfIdentification(
  context: TWebContext,
  token: string,
  answer: TSelfIdentification,
): Promise<TInterviewRoom> {
  const access = await findInterviewByToken(context, token);
  const { candidate } = access;
  const isOver = candidate.human_requested_at !== null || access.session?.state.status === 'completed';
  if (!isOver) {
    throw new CandorError(
      'conflict',
      'The voluntary self-identification form is offered after the interview, never during it.',
    );
  }
  const now = context.now().toISOString();
  await repositoriesOf(context).transaction((within) =>
    within.candidates.replaceSelfIdentification({
      id: context.newId(),
      organisation_id: candidate.organisation_id,
      candidate_id: candidate.id,
      job_id: candidate.job_id,
      sex: answer.sex,
      race_ethnicity: answer.raceEthnicity,
      created_at: now,
    }),
  );
  return buildInterviewRoom(context, { ...access, selfIdentified: true });
}
