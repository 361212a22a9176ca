import { z } from 'zod';
import { ZRequirementPriority } from './job.js';
import { ZQuestionType } from './transcript.js';

export const RECOMMENDATIONS = [
  'Strongly Recommend',
  'Recommend',
  'Recommend with Reservations',
  'Do Not Recommend',
] as const;
export const ZRecommendation = z.enum(RECOMMENDATIONS);
export type TRecommendation = z.infer<typeof ZRecommendation>;

export const ZVerdict = z.enum(['non_answer', 'weak', 'adequate', 'strong']);
export type TVerdict = z.infer<typeof ZVerdict>;

export const ZRedFlagKind = z.enum([
  'resume_discrepancy',
  'evasive',
  'assisted_answers',
  'manipulation_attempt',
  'inconsistency',
]);
export type TRedFlagKind = z.infer<typeof ZRedFlagKind>;

/** A verbatim quote: `text` is found character for character in the transcript answer or resume text it names. */
export const ZQuote = z.object({
  source: z.enum(['transcript', 'resume', 'job']),
  /** 1-based turn number, for transcript quotes. */
  turn: z.number().int().positive().optional(),
  text: z.string().min(1),
});
export type TQuote = z.infer<typeof ZQuote>;

export const ZRequirementStatus = z.enum(['met', 'partial', 'gap', 'unverified']);
export type TRequirementStatus = z.infer<typeof ZRequirementStatus>;

export const ZRequirementAssessment = z.object({
  requirementId: z.string(),
  requirement: z.string(),
  priority: ZRequirementPriority,
  /**
   * met: the interview demonstrated it; partial: some interview evidence, not enough;
   * gap: neither resume nor interview shows it, or the interview contradicted the resume;
   * unverified: the resume claims it, the interview did not test it.
   */
  status: ZRequirementStatus,
  resumeEvidence: z.array(ZQuote),
  interviewEvidence: z.array(ZQuote),
  /** One or two sentences on why this status. */
  note: z.string(),
});
export type TRequirementAssessment = z.infer<typeof ZRequirementAssessment>;

export const ZRedFlag = z.object({
  kind: ZRedFlagKind,
  severity: z.enum(['high', 'medium', 'low']),
  summary: z.string(),
  evidence: z.array(ZQuote),
});
export type TRedFlag = z.infer<typeof ZRedFlag>;

export const ZAnswerAssessment = z.object({
  /** 1-based position in the transcript. */
  turn: z.number().int().positive(),
  turnId: z.string(),
  type: ZQuestionType,
  question: z.string(),
  answer: z.string(),
  verdict: ZVerdict,
  /** False for the closing question: it is shown but never counts toward the recommendation. */
  scored: z.boolean(),
  evaluation: z.string(),
  justification: z.string(),
  requirementIds: z.array(z.string()),
});
export type TAnswerAssessment = z.infer<typeof ZAnswerAssessment>;

export const ZSection = z.object({
  summary: z.string(),
  evidence: z.array(ZQuote),
});
export type TSection = z.infer<typeof ZSection>;

export const ZPolicyDecision = z.object({
  /** The recommendation the signals allow at best. */
  ceiling: ZRecommendation,
  /** The policy rules that fired, in words, for the report. */
  reasons: z.array(z.string()),
});
export type TPolicyDecision = z.infer<typeof ZPolicyDecision>;

export const ZEvaluation = z.object({
  schemaVersion: z.literal(1),
  candidate: z.object({ name: z.string().nullable() }),
  job: z.object({ title: z.string() }),
  engine: z.object({
    kind: z.enum(['offline', 'model']),
    /** `provider:model` for a model engine; `offline` otherwise. */
    model: z.string(),
    promptVersion: z.string().optional(),
  }),
  summary: z.string(),
  alignment: z.object({
    overview: z.string(),
    strengths: z.array(z.object({ requirementId: z.string(), title: z.string(), text: z.string() })),
    gaps: z.array(z.object({ requirementId: z.string(), title: z.string(), text: z.string() })),
  }),
  requirements: z.array(ZRequirementAssessment),
  technicalSkills: ZSection,
  communication: ZSection,
  redFlags: z.array(ZRedFlag),
  answers: z.array(ZAnswerAssessment),
  recommendation: ZRecommendation,
  justification: z.string(),
  policy: ZPolicyDecision.extend({
    /** Set when a model's recommendation was lowered to the policy's ceiling. */
    override: z.object({ modelRecommendation: ZRecommendation, reason: z.string() }).optional(),
    /**
     * With a model: how its recommendation was bounded by the evidence-based one (at most one
     * level apart, upward only on verified evidence the rules missed, never above the ceiling).
     */
    model: z
      .object({
        /** What the model recommended. */
        recommendation: ZRecommendation,
        /** The offline engine's recommendation, from the evidence alone. */
        evidenceBased: ZRecommendation,
        /** kept: the model's stands; lowered / raised: the report's is below / above the model's. */
        move: z.enum(['kept', 'lowered', 'raised']),
        reason: z.string(),
      })
      .optional(),
  }),
  /** With `--samples N`: how often N judgements agreed on the recommendation. */
  stability: z
    .object({
      samples: z.number().int().positive(),
      agreement: z.number().min(0).max(1),
      distribution: z.array(z.object({ recommendation: ZRecommendation, count: z.number().int() })),
    })
    .optional(),
  /** Things the reader should know about how this report was made (dropped quotes, retries, fallbacks). */
  notes: z.array(z.string()),
});
export type TEvaluation = z.infer<typeof ZEvaluation>;
