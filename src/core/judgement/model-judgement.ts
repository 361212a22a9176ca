import { z } from 'zod';
import { ZRecommendation, ZRedFlagKind, ZRequirementStatus, ZVerdict } from '../evaluation.js';

/*
 * The structured output a model returns. Kept flat for providers' JSON-schema modes (OpenAI's
 * strict mode, Gemini's response schema): every field required, no unions, no optionals, no
 * numeric bounds; `null` is the only "absent". Anything the model could get wrong (unknown ids,
 * out-of-range turns, quotes that are not verbatim) is checked when the judgement is merged, not
 * here, so one slip does not cost a whole reply.
 */

/** A quote the model offers as evidence: to be found verbatim in the named answer or the resume. */
export const ZModelQuote = z.object({
  /** The 1-based transcript turn whose answer is quoted; null for resume quotes. */
  turn: z.number().nullable(),
  source: z.enum(['transcript', 'resume']),
  text: z.string(),
});
export type TModelQuote = z.infer<typeof ZModelQuote>;

const ZModelAlignmentItem = z.object({
  requirementId: z.string(),
  title: z.string(),
  text: z.string(),
});

export const ZModelJudgement = z.object({
  summary: z.string(),
  alignment: z.object({
    overview: z.string(),
    strengths: z.array(ZModelAlignmentItem),
    gaps: z.array(ZModelAlignmentItem),
  }),
  requirements: z.array(
    z.object({
      requirementId: z.string(),
      status: ZRequirementStatus,
      note: z.string(),
      evidence: z.array(ZModelQuote),
    }),
  ),
  technicalSkills: z.object({ summary: z.string(), evidence: z.array(ZModelQuote) }),
  communication: z.object({ summary: z.string(), evidence: z.array(ZModelQuote) }),
  answers: z.array(
    z.object({
      turn: z.number(),
      verdict: ZVerdict,
      evaluation: z.string(),
      justification: z.string(),
    }),
  ),
  redFlags: z.array(
    z.object({
      kind: ZRedFlagKind,
      severity: z.enum(['high', 'medium', 'low']),
      summary: z.string(),
      evidence: z.array(ZModelQuote),
    }),
  ),
  recommendation: ZRecommendation,
  justification: z.string(),
});
export type TModelJudgement = z.infer<typeof ZModelJudgement>;
