/**
 * The API's shapes, inferred from the server's schemas (types only: no zod in the bundle).
 * src/contract/api-schemas.ts is the single source of truth.
 */
import type { z } from 'zod';
import type {
  ZAdverseImpactReport,
  ZApiToken,
  ZCreatedApiToken,
  ZInterviewLink,
  ZInvitation,
  ZPasswordReset,
  ZStreamedQuestion,
  ZUploadCandidatesResult,
} from '../../../src/contract/api-schemas.js';

export type {
  TCandidateDetail,
  TCandidateStatus,
  TCandidateSummary,
  TComparison,
  TDecision,
  TInterviewRoom,
  TInvitationPreview,
  TJobDetail,
  TJobSummary,
  TProblem,
  TSessionInfo,
  TTeamMember,
  TUser,
} from '../../../src/contract/api-schemas.js';
export type {
  TAnswerAssessment,
  TEvaluation,
  TQuote,
  TRecommendation,
  TRedFlag,
  TRequirementAssessment,
  TRequirementStatus,
  TVerdict,
} from '../../../src/core/evaluation.js';
export type { TRequirement, TRequirementPriority } from '../../../src/core/job.js';
export type {
  TInterviewPlan,
  TPlannedQuestion,
  TPlannedQuestionType,
} from '../../../src/core/plan/interview-plan.js';
export type { TClaim, TClaimKind, THiddenReason, THiddenSpan, TResume } from '../../../src/core/resume.js';

export type TInvitation = z.infer<typeof ZInvitation>;
export type TApiToken = z.infer<typeof ZApiToken>;
export type TCreatedApiToken = z.infer<typeof ZCreatedApiToken>;
export type TPasswordReset = z.infer<typeof ZPasswordReset>;
export type TInterviewLink = z.infer<typeof ZInterviewLink>;
export type TUploadCandidatesResult = z.infer<typeof ZUploadCandidatesResult>;
export type TDecisionKind = 'advance' | 'reject' | 'hold';
export type TAdverseImpactReport = z.infer<typeof ZAdverseImpactReport>;
export type {
  TRaceEthnicity,
  TSelfIdentification,
  TSex,
} from '../../../src/core/fairness/self-identification.js';

/** One integrity event the interview room sends with an answer. */
export type TTurnEvent = { kind: 'paste' | 'blur' | 'focus'; at: string; characters?: number };

/** The question the /next stream ends with. */
export type TStreamedQuestion = z.infer<typeof ZStreamedQuestion>;
