/**
 * The contract: the HTTP API's request and response bodies, the single source of truth shared by
 * the server (validation, OpenAPI document), the use cases in src/app (their return types) and the
 * web app (types). It imports only src/core (test/layers.test.ts holds every layer to its imports).
 * Every recruiter endpoint is scoped to the caller's organisation; ids of another organisation's
 * records answer 404. Errors are application/problem+json: ZProblem.
 */

import { z } from 'zod';
import { type TCandidateStatus, ZCandidateStatus } from '../core/candidate/candidate-status.js';
import { ZEvaluation, ZRecommendation } from '../core/evaluation.js';
import { ZRaceEthnicity, ZSex } from '../core/fairness/self-identification.js';
import { ZJob } from '../core/job.js';
import { LIMITS } from '../core/limits/limits.js';
import { ZInterviewLanguage, ZInterviewPlan } from '../core/plan/interview-plan.js';
import { ZResume } from '../core/resume.js';

/** RFC 9457 problem details. `code` is Candor's stable error code; `field` names the bad input. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  field: z.string().optional(),
});
export type TProblem = z.infer<typeof ZProblem>;

// ── Auth ────────────────────────────────────────────────────────────────────────────────────
export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['owner', 'admin', 'member']),
});
export type TUser = z.infer<typeof ZUser>;
export const ZOrganisation = z.object({ id: z.string(), name: z.string() });
export type TOrganisation = z.infer<typeof ZOrganisation>;

/** POST /api/auth/signup — creates an organisation, or joins one with an invitation token. */
export const ZSignUpBody = z.object({
  email: z.email(),
  password: z.string().min(10, 'use at least 10 characters').max(200),
  name: z.string().trim().min(1).max(200),
  organisationName: z.string().trim().min(1).max(200).optional(),
  invitationToken: z.string().optional(),
});
/** POST /api/auth/signin */
export const ZSignInBody = z.object({ email: z.email(), password: z.string().min(1).max(200) });
/** GET /api/me, and the answer of signup/signin. `csrfToken` goes in the x-csrf-token header of state-changing requests. */
export const ZSessionInfo = z.object({ user: ZUser, organisation: ZOrganisation, csrfToken: z.string() });
export type TSessionInfo = z.infer<typeof ZSessionInfo>;

/** POST /api/invitations → a link a colleague opens to sign up into the same organisation. */
export const ZCreateInvitationBody = z.object({
  email: z.email(),
  /** The role the colleague joins with: member (default), or admin (the owner only). */
  role: z.enum(['admin', 'member']).default('member'),
});
export const ZInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'member']),
  url: z.string(),
  expiresAt: z.string(),
});

/** GET /api/invitations/:token — what an invitation link opens, for its sign-up page. */
export const ZInvitationPreview = z.object({
  organisationName: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'member']),
  expiresAt: z.string(),
});
export type TInvitationPreview = z.infer<typeof ZInvitationPreview>;

/** POST /api/tokens → an API token for scripts (shown once); GET /api/tokens lists them without the secret. */
export const ZCreateTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  /** How long the token works: 1 to 365 days, 90 by default. */
  expiresInDays: z.number().int().min(1).max(365).default(90),
});
export const ZApiToken = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string(),
  /** Whose token it is: it acts with that user's role. */
  userName: z.string(),
});
export const ZCreatedApiToken = ZApiToken.extend({ token: z.string() });
/** GET /api/tokens */
export const ZApiTokenList = z.object({ tokens: z.array(ZApiToken) });

// ── Team ────────────────────────────────────────────────────────────────────────────────────
export const ZTeamMember = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['owner', 'admin', 'member']),
  disabled: z.boolean(),
  createdAt: z.string(),
  /** The signed-in user. */
  isYou: z.boolean(),
});
export type TTeamMember = z.infer<typeof ZTeamMember>;
/** GET /api/team */
export const ZTeamList = z.object({ members: z.array(ZTeamMember) });
/** PATCH /api/team/:id — the owner changes roles; owners and admins disable or re-enable. */
export const ZUpdateTeamMemberBody = z
  .object({ role: z.enum(['admin', 'member']).optional(), disabled: z.boolean().optional() })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, 'give role or disabled');
/** POST /api/me/password */
export const ZChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, 'use at least 10 characters').max(200),
});
/** POST /api/team/:id/password-reset → a one-time link to hand to the colleague. */
export const ZPasswordReset = z.object({ url: z.string(), email: z.string(), expiresAt: z.string() });
/** POST /api/auth/reset-password */
export const ZForgotPasswordBody = z.object({ email: z.email().max(320) });

export const ZForgotPasswordAnswer = z.object({ message: z.string() });

export const ZResetPasswordBody = z.object({
  token: z.string().min(1).max(200),
  password: z.string().min(10, 'use at least 10 characters').max(200),
});

// ── Jobs ────────────────────────────────────────────────────────────────────────────────────
export { type TCandidateStatus, ZCandidateStatus };

export const ZJobSummary = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  candidateCount: z.number().int(),
  evaluatedCount: z.number().int(),
});
export type TJobSummary = z.infer<typeof ZJobSummary>;
/** GET /api/jobs — newest first. */
export const ZJobList = z.object({ jobs: z.array(ZJobSummary) });

export const ZJobDetail = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  /** The extracted job: plain text and requirements (editable). */
  job: ZJob,
  plan: ZInterviewPlan,
});
export type TJobDetail = z.infer<typeof ZJobDetail>;

/** POST /api/jobs as JSON (pasted text); the same endpoint takes multipart/form-data with a `file`. */
export const ZCreateJobBody = z.object({
  text: z.string().trim().min(1).max(200_000),
  title: z.string().trim().max(200).optional(),
  /** The interview's language, ISO 639-1 (en and es are worded offline; others need a model). */
  language: ZInterviewLanguage.optional(),
});
/** PUT /api/jobs/:id/requirements — the recruiter's edited requirements; the plan is re-made from them. */
export const ZUpdateRequirementsBody = z.object({
  requirements: z.array(
    z.object({
      id: z
        .string()
        .regex(/^R\d+$/)
        .optional(),
      text: z.string().trim().min(1).max(1000),
      priority: z.enum(['must', 'nice']),
    }),
  ),
});
/** PUT /api/jobs/:id/plan — an edited plan (validated like `candor interview --plan`). */
export const ZUpdatePlanBody = z.object({ plan: ZInterviewPlan });

// ── Candidates ──────────────────────────────────────────────────────────────────────────────
export const ZDecision = z.object({
  decision: z.enum(['advance', 'reject', 'hold']),
  reason: z.string(),
  /** True when the human decision differs from the AI's recommendation. */
  isOverride: z.boolean(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});
export type TDecision = z.infer<typeof ZDecision>;

export const ZCandidateSummary = z.object({
  id: z.string(),
  jobId: z.string(),
  name: z.string().nullable(),
  fileName: z.string(),
  status: ZCandidateStatus,
  /** While in progress: answered questions / planned questions. */
  progress: z.object({ answered: z.number().int(), planned: z.number().int() }).nullable(),
  recommendation: ZRecommendation.nullable(),
  redFlagCount: z.number().int().nullable(),
  /** Once evaluated: the report's must-have requirements met, of all must-haves. */
  mustHaves: z.object({ met: z.number().int(), total: z.number().int() }).nullable(),
  /** When the candidate asked for an interview with a person instead of the AI. */
  humanRequestedAt: z.string().nullable(),
  decision: ZDecision.nullable(),
  invitation: z.object({ url: z.string(), expiresAt: z.string(), revoked: z.boolean() }).nullable(),
  updatedAt: z.string(),
});
export type TCandidateSummary = z.infer<typeof ZCandidateSummary>;
/** GET /api/jobs/:id/candidates — in upload order. */
export const ZCandidateList = z.object({ candidates: z.array(ZCandidateSummary) });

/** Where a candidate's evaluation stands in the queue: why it failed, and whether it waits too long. */
export const ZEvaluationProgress = z.object({
  status: z.enum(['queued', 'running', 'done', 'failed']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  /** When it was queued (or queued again by a retry). */
  queuedAt: z.string(),
  /** Why the latest attempt failed; for a failed evaluation, why it failed. */
  lastError: z.string().nullable(),
  /** Queued or running for longer than an evaluation should take: the recruiter is told. */
  isDelayed: z.boolean(),
});
export type TEvaluationProgress = z.infer<typeof ZEvaluationProgress>;

export const ZCandidateDetail = ZCandidateSummary.extend({
  /** The job's title, for the page's breadcrumb before any report exists. */
  jobTitle: z.string(),
  resume: ZResume,
  /** The evaluation's place in the queue, once the interview completed. */
  evaluation: ZEvaluationProgress.nullable(),
  /** The interview transcript so far (Candor's form), once started. */
  transcript: z.object({ version: z.literal(1), turns: z.array(z.any()) }).nullable(),
  /** Paste and focus events per turn, shown in the report's integrity section. */
  report: ZEvaluation.nullable(),
  /** The questions this candidate was asked, follow-ups included, with why, and each answer's language. */
  askedQuestions: z
    .array(
      z.object({
        turnId: z.string(),
        type: z.string(),
        question: z.string(),
        questionId: z.string().optional(),
        why: z.string(),
        answer: z.string().optional(),
        answerLanguage: z.object({ code: z.string(), name: z.string() }).optional(),
        afterAnswer: z.string().optional(),
      }),
    )
    .default([]),
});
export type TCandidateDetail = z.infer<typeof ZCandidateDetail>;

/** POST /api/jobs/:id/candidates — multipart/form-data with one or more `files` (resumes). */
export const ZUploadCandidatesResult = z.object({
  created: z.array(ZCandidateSummary),
  /** Files that were refused, with why (too large, wrong type, corrupt, encrypted, scanned). */
  rejected: z.array(z.object({ fileName: z.string(), problem: z.string() })),
});

/** POST /api/candidates/:id/invitation → a fresh link (a previous one is revoked); DELETE revokes. */
export const ZCreateLinkBody = z.object({ expiresInDays: z.number().int().min(1).max(60).default(7) });
export const ZInterviewLink = z.object({ url: z.string(), token: z.string(), expiresAt: z.string() });

/** GET /api/candidates/:id/decisions — every decision, oldest first: the audit trail. */
export const ZDecisionList = z.object({ decisions: z.array(ZDecision) });

/** POST /api/candidates/:id/decision */
export const ZDecisionBody = z.object({
  decision: z.enum(['advance', 'reject', 'hold'], {
    error: 'must be one of advance, hold or reject',
  }),
  reason: z.string().trim().min(1).max(2000),
});

/** GET /api/jobs/:id/comparison?sort= — best first by recommendation unless sorted otherwise. */
export const ZComparisonQuery = z.object({
  sort: z.enum(['recommendation', 'mustHaveMet', 'redFlags', 'name', 'status']).optional(),
});

/** GET /api/jobs/:id/comparison — one row per candidate, for the side-by-side view. */
export const ZComparison = z.object({
  job: z.object({ id: z.string(), title: z.string() }),
  requirements: z.array(z.object({ id: z.string(), text: z.string(), priority: z.enum(['must', 'nice']) })),
  rows: z.array(
    z.object({
      candidate: ZCandidateSummary,
      /** requirement id → status, for evaluated candidates. */
      coverage: z.record(z.string(), z.enum(['met', 'partial', 'gap', 'unverified'])),
      mustHaveMet: z.number().int(),
      mustHaveTotal: z.number().int(),
      redFlags: z.array(z.string()),
    }),
  ),
});
export type TComparison = z.infer<typeof ZComparison>;

// ── The candidate's interview room (authorised by the link token only) ──────────────────────
/** Where a question stands, counted honestly: "Question 3 of 7 · follow-up 1", or the closing question. */
export const ZQuestionPosition = z.object({
  questionNumber: z.number().int(),
  questionCount: z.number().int(),
  /** For a follow-up: which probe of its question it is (1, 2, …). */
  followUpNumber: z.number().int().nullable(),
  isClosing: z.boolean(),
});
export type TQuestionPosition = z.infer<typeof ZQuestionPosition>;
/** GET /api/interview/:token */
export const ZInterviewRoom = z.object({
  jobTitle: z.string(),
  organisationName: z.string(),
  /** human_requested: the candidate asked for a person instead; the AI interview ended, unevaluated. */
  status: z.enum(['awaiting_consent', 'in_progress', 'completed', 'human_requested']),
  /** The notice shown before consent: AI conducts and evaluates; data kept; how to ask for a human. */
  notice: z.object({ retentionDays: z.number().int(), humanAlternative: z.string() }),
  /** The voluntary self-identification form: offered once the interview is over, until answered. */
  selfIdentification: z.enum(['not_offered', 'offered', 'answered']),
  progress: z.object({ answered: z.number().int(), planned: z.number().int(), minutesLeft: z.number() }),
  /** The question waiting for an answer, if any (a refresh resumes here). */
  currentQuestion: z
    .object({
      turnId: z.string(),
      text: z.string(),
      timeWarning: z.string().nullable(),
      position: ZQuestionPosition.optional(),
    })
    .nullable(),
  /** The interview's language (ISO 639-1): the room's texts follow it. */
  language: z.string().optional(),
  /** Earlier turns, so the chat can be redrawn after a refresh. */
  /** `skipped`: the candidate pressed skip (the answer is then empty). */
  history: z.array(
    z.object({
      turnId: z.string(),
      question: z.string(),
      answer: z.string(),
      skipped: z.boolean().optional(),
    }),
  ),
});
export type TInterviewRoom = z.infer<typeof ZInterviewRoom>;

/** POST /api/interview/:token/consent — answers the room. */
/** POST /api/interview/:token/next — the next question, streamed as text/event-stream:
 *  `event: token` data chunks of the question text, then `event: question` with JSON
 *  {turnId, text, timeWarning} or `event: done` with JSON {} when the interview is over. */
/** The `question` event of the stream (and its JSON when a client asks for application/json). */
export const ZStreamedQuestion = z.object({
  turnId: z.string(),
  text: z.string(),
  timeWarning: z.string().nullable(),
  position: ZQuestionPosition.optional(),
});
export type TStreamedQuestion = z.infer<typeof ZStreamedQuestion>;
/** POST /api/interview/:token/answer → the room (ZInterviewRoom). Sending the same answer again is harmless. */
export const ZAnswerBody = z.object({
  turnId: z.string(),
  answer: z.string().max(20_000),
  /** The candidate pressed skip: a skipped turn with no text is recorded, whatever `answer` holds. */
  skip: z.boolean().optional(),
  /**
   * Integrity signals from the browser: pastes, tab/focus changes (never an automatic rejection).
   * Bounded: one of three kinds, an ISO 8601 time, a character count, at most 200 per answer.
   */
  events: z
    .array(
      z.strictObject({
        kind: z.enum(['paste', 'blur', 'focus']),
        at: z.iso.datetime({ offset: true }).max(LIMITS.maxEventTimestampLength),
        characters: z.number().int().nonnegative().max(1_000_000).optional(),
      }),
    )
    .max(LIMITS.maxEventsPerTurn)
    .default([]),
});

/** POST /api/interview/:token/self-identification: voluntary, after the interview; "decline" is always a choice. */
export const ZSelfIdentificationBody = z.strictObject({ sex: ZSex, raceEthnicity: ZRaceEthnicity });

export const ZImpactGroup = z.object({
  category: z.string(),
  label: z.string(),
  total: z.number().int(),
  selected: z.number().int(),
  selectionRate: z.number().nullable(),
  impactRatio: z.number().nullable(),
  belowFourFifths: z.boolean(),
  suppressed: z.boolean(),
  isReference: z.boolean(),
});
/** GET /api/impact?jobId=&minGroupSize= — selection rates and impact ratios (owners and admins). */
export const ZAdverseImpactReport = z.object({
  minGroupSize: z.number().int(),
  respondents: z.number().int(),
  tables: z.array(
    z.object({
      measure: z.enum(['ai', 'human']),
      dimension: z.enum(['sex', 'race_ethnicity', 'intersectional']),
      groups: z.array(ZImpactGroup),
      declined: z.number().int(),
    }),
  ),
  job: z.object({ id: z.string(), title: z.string() }).nullable(),
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type TAdverseImpactReportBody = z.infer<typeof ZAdverseImpactReport>;
export const ZImpactQuery = z.object({
  jobId: z.string().max(200).optional(),
  minGroupSize: z.coerce.number().int().min(1).max(1000).optional(),
});
