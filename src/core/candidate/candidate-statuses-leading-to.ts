import { CANDIDATE_TRANSITIONS, type TCandidateStatus, ZCandidateStatus } from './candidate-status.js';

/**
 * The statuses a candidate may be in to become `to` (CANDIDATE_TRANSITIONS read backwards): a
 * storage write changes a status only where the current one is among them, so two concurrent
 * writers cannot make a change the machine refuses.
 */
export function candidateStatusesLeadingTo(to: TCandidateStatus): TCandidateStatus[] {
  return ZCandidateStatus.options.filter((from) => CANDIDATE_TRANSITIONS[from].includes(to));
}
