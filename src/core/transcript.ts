import { z } from 'zod';
import { LIMITS } from './limits/limits.js';

/** The kind of question: drawn from the job (JD), from the resume, behavioural, situational, a probe, or the closing question. */
export const ZQuestionType = z.enum(['JD', 'Resume', 'Behavioral', 'Situational', 'Follow-up', 'Closing']);
export type TQuestionType = z.infer<typeof ZQuestionType>;

/** Why a follow-up was asked: the probing ladder of the follow-up policy. */
export const ZFollowUpReason = z.enum([
  /** The answer was a non-answer: ask something broader. */
  'non_answer',
  /** The answer stayed general: ask for a specific example. */
  'vague',
  /** An example without results: ask for measurable impact. */
  'no_impact',
  /** The answer did not address the question: rephrase it. */
  'off_topic',
  /** A claim worth hearing more about. */
  'elaborate',
  /** The candidate said plainly they have not done it: ask what comes closest, or how they would. */
  'no_experience',
]);
export type TFollowUpReason = z.infer<typeof ZFollowUpReason>;

/** Integrity events the interview room records (never used as an automatic rejection). */
export const ZTurnEvent = z.object({
  kind: z.enum(['paste', 'blur', 'focus']),
  at: z.string().max(LIMITS.maxEventTimestampLength),
  /** For a paste: how many characters were pasted. */
  characters: z.number().int().nonnegative().optional(),
});
export type TTurnEvent = z.infer<typeof ZTurnEvent>;

export const ZTurn = z.object({
  id: z.string().min(1),
  type: ZQuestionType,
  question: z.string().min(1),
  answer: z.string(),
  /** The plan question this turn asks (or probes). */
  questionId: z.string().optional(),
  requirementIds: z.array(z.string()).default([]),
  claimIds: z.array(z.string()).default([]),
  /** The id of the turn this one probes. */
  followUpOf: z.string().optional(),
  followUpReason: ZFollowUpReason.optional(),
  /** Who worded the question: the rule-based policy or a model. */
  wordedBy: z.enum(['rules', 'model']).optional(),
  /** Why the rules worded this question although a model was configured (the model failed). */
  wordingNote: z.string().optional(),
  askedAt: z.string().optional(),
  answeredAt: z.string().optional(),
  responseMs: z.number().nonnegative().optional(),
  skipped: z.boolean().optional(),
  events: z.array(ZTurnEvent).max(LIMITS.maxEventsPerTurn).optional(),
});
export type TTurn = z.infer<typeof ZTurn>;
export type TTurnInput = z.input<typeof ZTurn>;

/** Candor's own transcript form. */
export const ZTranscript = z.object({
  version: z.literal(1),
  turns: z.array(ZTurn),
});
export type TTranscript = z.infer<typeof ZTranscript>;

/** The simple form the seed pipeline used: an array of `{type, question, answer}`. */
export const ZSimpleTranscriptEntry = z.object({
  type: z.string().min(1),
  question: z.string().min(1),
  answer: z.string(),
});
export type TSimpleTranscriptEntry = z.infer<typeof ZSimpleTranscriptEntry>;
