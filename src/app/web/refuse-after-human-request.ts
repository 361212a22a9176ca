import { CandorError } from '../../core/candor-error.js';

/**
 * Throws CandorError 'conflict' once the candidate has asked for a human interview: from then on
 * the AI asks nothing more, takes no answer and evaluates nothing.
 */
export function refuseAfterHumanRequest(candidate: { human_requested_at: string | null }): void {
  if (candidate.human_requested_at !== null) {
    throw new CandorError(
      'conflict',
      'You asked for an interview with a person instead, so this AI interview has ended. The recruiter will contact you.',
    );
  }
}
