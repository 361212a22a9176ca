import { z } from 'zod';
import { ZInterviewPlan } from '../plan/interview-plan.js';
import { ZFollowUpReason, ZQuestionType } from '../transcript.js';

/** Why the policy moved on instead of probing. */
export const ZMoveOnReason = z.enum([
  /** The answer was specific and answered what was asked. */
  'strong',
  /** Good enough: probing further would not add evidence (or it was already asked for). */
  'adequate',
  /** The candidate asked to skip ("skip", "pass"). */
  'skipped',
  /** The question has had its maximum of probes. */
  'probe_limit',
  /** A second non-answer on the same question: asking again would only badger. */
  'repeated_non_answer',
  /** A second off-topic answer after a rephrasing. */
  'repeated_off_topic',
  /** Two requests for a specific example got none: asking a third time adds no evidence. */
  'still_vague',
  /** The interview's minutes are used up. */
  'out_of_time',
  /** Probing would eat the time the remaining must-have questions need. */
  'saving_time_for_must_haves',
  /** The closing question is never probed. */
  'closing',
  /** The candidate has not done it, and has already been asked what comes closest. */
  'no_experience',
  /** Every wording of the probe the answer earned was already asked in this interview. */
  'no_new_probe',
]);
export type TMoveOnReason = z.infer<typeof ZMoveOnReason>;

/** What the follow-up policy decided after one answer. */
export const ZFollowUpDecision = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('follow_up'),
    reason: ZFollowUpReason,
    /** A fragment of the answer the probe can name ("PyTorch"), verbatim. */
    focus: z.string().optional(),
    /** The answer hedged, or followed a non-answer: ask gently, for techniques rather than a showcase. */
    tentative: z.boolean().optional(),
  }),
  z.object({ action: z.literal('move_on'), why: ZMoveOnReason }),
]);
export type TFollowUpDecision = z.infer<typeof ZFollowUpDecision>;

/** One asked question; `answer` and what follows it are set once the candidate answers. */
export const ZInterviewTurnState = z.object({
  /** T1, T2, … in asking order. */
  id: z.string().regex(/^T\d+$/),
  type: ZQuestionType,
  question: z.string().min(1),
  /** The plan question this turn asks or probes; absent for the closing question. */
  questionId: z.string().optional(),
  requirementIds: z.array(z.string()),
  claimIds: z.array(z.string()),
  /** The turn this one probes. */
  followUpOf: z.string().optional(),
  followUpReason: ZFollowUpReason.optional(),
  wordedBy: z.enum(['rules', 'model']),
  /** Why the rules worded this question although a model was configured (the model failed). */
  wordingNote: z.string().optional(),
  askedAt: z.string(),
  answer: z.string().optional(),
  answeredAt: z.string().optional(),
  /** The candidate asked to skip this question (pressed skip, or answered "skip", "pass"). */
  skipped: z.boolean().optional(),
  /** The candidate pressed skip (a typed action, not text): `answer` is empty. */
  skippedByAction: z.boolean().optional(),
  /** What the policy decided after this answer (and why), kept for the audit trail. */
  decision: ZFollowUpDecision.optional(),
});
export type TInterviewTurnState = z.infer<typeof ZInterviewTurnState>;

/**
 * What the candidate sends for the waiting question: an answer (its text is read, so "skip" or
 * "pass" typed as an answer asks to skip, as the reader finds), or the skip action itself.
 */
export type TCandidateReply = { kind: 'answer'; text: string } | { kind: 'skip' };

/**
 * Everything an interview needs to continue, as plain JSON: stored after every turn, so a crash
 * or a closed tab resumes exactly where it stopped. The plan is embedded so the state stands alone.
 */
export const ZInterviewState = z.object({
  version: z.literal(1),
  plan: ZInterviewPlan,
  status: z.enum(['in_progress', 'completed']),
  startedAt: z.string(),
  completedAt: z.string().optional(),
  /** The "n minutes left" warning is shown once. */
  timeWarningGiven: z.boolean(),
  turns: z.array(ZInterviewTurnState),
});
export type TInterviewState = z.infer<typeof ZInterviewState>;
