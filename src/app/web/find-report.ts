import { CandorError } from '../../core/candor-error.js';
import type { TEvaluation } from '../../core/evaluation.js';
import { findCandidateRow } from './find-candidate-row.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * A candidate's evaluation report. Errors: CandorError 'not_found'; 'not_ready' while
 * the interview or its evaluation is not finished.
 */
export async function findReport(
  context: TWebContext,
  actor: TActor,
  candidateId: string,
): Promise<TEvaluation> {
  const candidate = await findCandidateRow(context, actor, candidateId);
  if (candidate.interview_session_id !== null) {
    const session = await repositoriesOf(context).sessions.get(candidate.interview_session_id);
    if (session.report !== null) return session.report;
  }
  throw new CandorError(
    'not_ready',
    candidate.status === 'failed'
      ? 'The evaluation failed; it can be queued again by the server administrator.'
      : 'There is no report yet: the interview or its evaluation is not finished.',
  );
}
