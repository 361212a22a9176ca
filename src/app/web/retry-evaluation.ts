import { checkCandidateTransition } from '../../core/candidate/check-candidate-transition.js';
import { CandorError } from '../../core/candor-error.js';
import { findCandidateRow } from './find-candidate-row.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Runs a candidate's failed evaluation again: queued afresh, with all its attempts and a new
 * deadline. Errors: CandorError 'not_found' for another organisation's or an unknown candidate;
 * 'conflict' when the candidate's status may not go back to the queue (evaluated, asked for a
 * person: named by checkCandidateTransition) or the evaluation has not failed (queued, running).
 */
export async function retryEvaluation(
  context: TWebContext,
  actor: TActor,
  candidateId: string,
): Promise<void> {
  const row = await findCandidateRow(context, actor, candidateId);
  // An evaluated candidate, or one who asked for a person, cannot go back to the queue.
  checkCandidateTransition(row.status, 'completed');
  const isQueued = await repositoriesOf(context).evaluations.requeueFailed({
    candidateId: row.id,
    now: context.now(),
  });
  if (!isQueued) {
    throw new CandorError(
      'conflict',
      `The evaluation of candidate ${candidateId} has not failed: nothing to retry.`,
      {
        location: 'id',
      },
    );
  }
}
