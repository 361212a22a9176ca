import { z } from 'zod';
import { ZRequirementPriority } from '../job.js';
import { ZClaimKind } from '../resume.js';

/** The question types a plan holds (follow-ups and the closing question are added by the interview). */
export const ZPlannedQuestionType = z.enum(['JD', 'Resume', 'Behavioral', 'Situational']);
export type TPlannedQuestionType = z.infer<typeof ZPlannedQuestionType>;

/** What a strong, an adequate and a weak answer to one question shows. */
export const ZRubric = z.object({
  strong: z.string().trim().min(1),
  adequate: z.string().trim().min(1),
  weak: z.string().trim().min(1),
});
export type TRubric = z.infer<typeof ZRubric>;

export const ZPlannedQuestion = z.object({
  /** Q1, Q2, … in asking order. */
  id: z.string().regex(/^Q\d+$/, 'must look like Q1, Q2, …'),
  type: ZPlannedQuestionType,
  text: z.string().trim().min(1),
  /**
   * The subject follow-ups reuse ("Can you describe any general approaches to <topic>…"): a short
   * noun or -ing phrase. Optional in edited plans; the interview falls back to the requirement text.
   */
  topic: z.string().trim().min(1).optional(),
  /** The requirements (R1, …) this question tests. */
  requirementIds: z.array(z.string().regex(/^R\d+$/, 'must look like R1, R2, …')),
  /** The resume claims (C1, …) an answer to this question can confirm or contradict. */
  claimIds: z.array(z.string().regex(/^C\d+$/, 'must look like C1, C2, …')),
  rubric: ZRubric,
  /** Planned minutes for the question and its follow-ups. */
  minutes: z.number().positive(),
});
export type TPlannedQuestion = z.infer<typeof ZPlannedQuestion>;

/** Minutes kept back for the closing question. */
export const CLOSING_MINUTES = 2;

export const ZInterviewBudget = z
  .object({
    /** Planned questions, not counting follow-ups and the closing question. */
    maxQuestions: z.number().int().min(1).max(30),
    /** The whole interview, closing question included. */
    minutes: z.number().int().min(5).max(180),
    maxProbesPerQuestion: z.number().int().min(0).max(5),
  })
  .refine((budget) => budget.minutes >= budget.maxQuestions + CLOSING_MINUTES, {
    message: 'needs at least one minute per question plus two for the closing question',
    path: ['minutes'],
  });
export type TInterviewBudget = z.infer<typeof ZInterviewBudget>;

/** A screen of 20–30 minutes: seven questions of about three minutes, two probes at most. */
export const DEFAULT_BUDGET: TInterviewBudget = { maxQuestions: 7, minutes: 25, maxProbesPerQuestion: 2 };

export const DEFAULT_CLOSING_QUESTION = 'Do you have any questions for us about the role or the team?';

/** An interview language: an ISO 639-1 code. English and Spanish are worded offline; others need a model. */
export const ZInterviewLanguage = z
  .string()
  .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 language code, such as en or es');
export type TInterviewLanguage = z.infer<typeof ZInterviewLanguage>;

/** A copy of a job requirement, so a plan file can be reviewed, edited and run on its own. */
export const ZPlanRequirement = z.object({
  id: z.string().regex(/^R\d+$/),
  text: z.string().min(1),
  priority: ZRequirementPriority,
  keywords: z.array(z.string()).default([]),
});
export type TPlanRequirement = z.infer<typeof ZPlanRequirement>;

/** A copy of a resume claim the plan refers to. */
export const ZPlanClaim = z.object({
  id: z.string().regex(/^C\d+$/),
  kind: ZClaimKind,
  text: z.string().min(1),
  keywords: z.array(z.string()).default([]),
});
export type TPlanClaim = z.infer<typeof ZPlanClaim>;

export const ZInterviewPlan = z
  .object({
    version: z.literal(1),
    jobTitle: z.string(),
    budget: ZInterviewBudget,
    questions: z.array(ZPlannedQuestion).min(1),
    closingQuestion: z.string().trim().min(1).default(DEFAULT_CLOSING_QUESTION),
    /** Every requirement of the job, so a plan shows what it leaves uncovered. */
    requirements: z.array(ZPlanRequirement).default([]),
    /** The resume claims the questions refer to. */
    claims: z.array(ZPlanClaim).default([]),
    /** The language the interview is held in (ISO 639-1): questions, probes and the room's texts. */
    language: ZInterviewLanguage.default('en'),
    /** What results look like in this job, from its text: the measures a probe for impact names. */
    impact: z
      .object({ measures: z.array(z.string().min(1)).max(5), people: z.string().min(1).optional() })
      .default({ measures: [] }),
  })
  .superRefine((plan, context) => {
    const seen = new Set<string>();
    const requirementIds = new Set(plan.requirements.map((requirement) => requirement.id));
    const claimIds = new Set(plan.claims.map((claim) => claim.id));
    plan.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `duplicate id ${question.id}`,
        });
      }
      seen.add(question.id);
      // Ids are checked against the copies only when the plan carries them.
      if (plan.requirements.length > 0) {
        question.requirementIds.forEach((id, idIndex) => {
          if (!requirementIds.has(id)) {
            context.addIssue({
              code: 'custom',
              path: ['questions', index, 'requirementIds', idIndex],
              message: `${id} is not one of the plan's requirements`,
            });
          }
        });
      }
      if (plan.claims.length > 0) {
        question.claimIds.forEach((id, idIndex) => {
          if (!claimIds.has(id)) {
            context.addIssue({
              code: 'custom',
              path: ['questions', index, 'claimIds', idIndex],
              message: `${id} is not one of the plan's claims`,
            });
          }
        });
      }
    });
    if (plan.questions.length > plan.budget.maxQuestions) {
      context.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `${plan.questions.length} questions exceed the budget's maxQuestions (${plan.budget.maxQuestions})`,
      });
    }
  });
export type TInterviewPlan = z.infer<typeof ZInterviewPlan>;
export type TInterviewPlanInput = z.input<typeof ZInterviewPlan>;
