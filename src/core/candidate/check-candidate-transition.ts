import { CandorError } from '../candor-error.js';
import { CANDIDATE_TRANSITIONS, type TCandidateStatus } from './candidate-status.js';

const WORDS: Record<TCandidateStatus, string> = {
  new: 'new',
  invited: 'invited',
  in_progress: 'interviewing',
  completed: 'waiting for evaluation',
  evaluating: 'being evaluated',
  evaluated: 'evaluated',
  failed: 'failed evaluation',
  human_requested: 'asked for a human interview',
};

/**
 * Checks a candidate's status change against CANDIDATE_TRANSITIONS. Throws CandorError 'conflict'
 * naming the refused change (`location` 'status'), for example "A candidate who is evaluated
 * cannot become waiting for evaluation (evaluated → completed)".
 */
export function checkCandidateTransition(from: TCandidateStatus, to: TCandidateStatus): void {
  if (CANDIDATE_TRANSITIONS[from].includes(to)) return;
  const allowed = CANDIDATE_TRANSITIONS[from];
  throw new CandorError(
    'conflict',
    `A candidate who is ${WORDS[from]} cannot become ${WORDS[to]} (${from} → ${to}); ${
      allowed.length === 0 ? `${from} is final` : `from ${from} only ${allowed.join(', ')}`
    }.`,
    { location: 'status' },
  );
}
