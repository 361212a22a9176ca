import { z } from 'zod';

/** Where a candidate stands, from added to evaluated: one status at a time, changed only along CANDIDATE_TRANSITIONS. */
export const ZCandidateStatus = z.enum([
  /** Added to a job; no live interview link (never sent, or revoked before the interview started). */
  'new',
  /** An interview link was created and not revoked; the interview has not started. */
  'invited',
  /** The candidate consented and the interview runs. */
  'in_progress',
  /** The interview is over and its evaluation is queued (or queued again after a failed attempt). */
  'completed',
  /** A worker is evaluating the interview. */
  'evaluating',
  /** The report is stored. */
  'evaluated',
  /** The evaluation failed for good; its reason is kept and it can be retried. */
  'failed',
  /** The candidate asked for a human interview instead: the AI interview ended, unevaluated. */
  'human_requested',
]);
export type TCandidateStatus = z.infer<typeof ZCandidateStatus>;

/**
 * The only status changes Candor makes: each status → the statuses it may become. A change not
 * listed is refused (checkCandidateTransition: CandorError 'conflict'); `evaluated` and
 * `human_requested` are final. Storage writes a status only where the current one may lead to it
 * (candidateStatusesLeadingTo), so concurrent writers cannot make a refused change either.
 */
export const CANDIDATE_TRANSITIONS: Readonly<Record<TCandidateStatus, readonly TCandidateStatus[]>> = {
  // A link is sent; the interview starts, ends or is refused for a person (a stranded interview is
  // found complete by the worker's sweep, whatever the link's state).
  new: ['invited', 'in_progress', 'completed', 'human_requested'],
  // Revoking the last link before the interview starts goes back to new.
  invited: ['new', 'in_progress', 'completed', 'human_requested'],
  in_progress: ['completed', 'human_requested'],
  // A worker takes the job; an abandoned last attempt fails it; a retry requeues it (no change).
  completed: ['evaluating', 'failed', 'completed'],
  // Done; failed for good; failed an attempt and queued again (or retried by the recruiter); taken
  // over by another worker when the lease ran out.
  evaluating: ['evaluated', 'failed', 'completed', 'evaluating'],
  // The recruiter retries a failed evaluation: it is queued afresh.
  failed: ['completed'],
  evaluated: [],
  human_requested: [],
};
