/**
 * The tables as Kysely sees them. JSON is stored as text and dates as ISO 8601 text, so one
 * schema serves SQLite and PostgreSQL; the domain schemas (ZInterviewState, ZJob, …) validate
 * the JSON on the way out.
 */
import type { Generated } from 'kysely';
import type { TCandidateStatus } from '../../core/candidate/candidate-status.js';
export type TInterviewSessionsTable = {
  id: string;
  /** in_progress | completed | evaluated */
  status: string;
  /** Copied out of the plan so lists need not parse JSON. */
  job_title: string;
  candidate_name: string | null;
  state_json: string;
  report_json: string | null;
  report_path: string | null;
  created_at: string;
  updated_at: string;
  /** Counts the saves of state_json: a save names the version it read (compare-and-set). */
  version: number;
  /** Planned questions answered and planned (plannedProgress), copied out of state_json on every save. */
  answered_count: number | null;
  planned_count: number | null;
  /** Must-haves the report found met, of all (countMustHaves), copied out of report_json when it is saved. */
  must_haves_met: number | null;
  must_haves_total: number | null;
};

/** What an interview session was created with, written once (the session's state is saved every turn). */
export type TInterviewSessionInputsTable = {
  session_id: string;
  plan_json: string;
  job_json: string;
  resume_json: string;
};

/**
 * Server settings. The server secret is not kept here (it lives in CANDOR_SECRET or a file beside
 * the database); a secret from before that is moved out on start and its row deleted.
 */
export type TSettingsTable = { key: string; value: string; created_at: string };

export type TOrganisationsTable = { id: string; name: string; created_at: string };

export type TUsersTable = {
  id: string;
  organisation_id: string;
  /** Lower case; unique across the instance. */
  email: string;
  name: string;
  /** owner | admin | member */
  role: string;
  /** scrypt$N$r$p$salt$hash (base64url). */
  password_hash: string;
  created_at: string;
  /** Set when an owner or admin disabled the account: it can no longer sign in or use its tokens. */
  disabled_at: string | null;
};

/** A signed-in browser. Only a SHA-256 of the cookie's token is stored. */
export type TWebSessionsTable = {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
};

/** A colleague's invitation to join an organisation; only a SHA-256 of its token is stored. */
export type TInvitationsTable = {
  id: string;
  organisation_id: string;
  email: string;
  token_hash: string;
  invited_by: string;
  /** admin | member: the role the colleague joins with. */
  role: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
};

/** API tokens for scripts (Authorization: Bearer); only a SHA-256 of the token is stored. */
export type TApiTokensTable = {
  id: string;
  organisation_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** The token stops working at this time (chosen at creation, at most a year). */
  expires_at: string;
};

/** A one-time password reset link an owner or admin issued; only a SHA-256 of its token is stored. */
export type TPasswordResetsTable = {
  id: string;
  organisation_id: string;
  user_id: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
};

/**
 * What happened to records that are gone or changed for good: an erased candidate or job, a
 * removed user, a role change. Never candidate text: ids, who, when, and counts.
 */
export type TAuditEventsTable = {
  id: string;
  organisation_id: string;
  /** e.g. candidate.erased, job.erased, user.removed, user.disabled, user.role_changed */
  action: string;
  subject_id: string;
  actor_user_id: string | null;
  /** The actor's name at the time, or `retention` / `cli` when no user acted. */
  actor_name: string;
  /** JSON: counts and redacted summaries (decisions without their reasons). */
  detail_json: string;
  at: string;
};

export type TJobsTable = {
  id: string;
  organisation_id: string;
  title: string;
  /** The extracted job (ZJob), requirements as the recruiter last edited them. */
  job_json: string;
  /** The job's interview plan (ZInterviewPlan). */
  plan_json: string;
  /** 1 when a recruiter edited the plan: candidates then get it as it is, without resume questions. */
  plan_edited: number;
  /** The language its interviews are held in (ISO 639-1), 'en' by default. */
  interview_language: Generated<string>;
  file_name: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
};

export type TCandidatesTable = {
  id: string;
  organisation_id: string;
  job_id: string;
  name: string | null;
  file_name: string;
  /** The extracted resume (ZResume). */
  resume_json: string;
  /** Changed only through changeCandidateStatus, along CANDIDATE_TRANSITIONS (src/core/candidate). */
  status: TCandidateStatus;
  interview_session_id: string | null;
  /** Copied out of the report for lists. */
  recommendation: string | null;
  red_flag_count: number | null;
  created_at: string;
  updated_at: string;
  /** When the candidate asked for a human interview instead (the AI interview ended, unevaluated). */
  human_requested_at: string | null;
};

/** A candidate's voluntary self-identification (EEO-1 categories), for adverse-impact reporting only. */
export type TSelfIdentificationsTable = {
  id: string;
  organisation_id: string;
  candidate_id: string;
  job_id: string;
  sex: string;
  race_ethnicity: string;
  created_at: string;
};

/**
 * A candidate's interview links, newest last; the newest is the current one and every earlier one
 * is revoked. Only a SHA-256 (hex) of the token is stored.
 */
export type TInterviewLinksTable = {
  id: string;
  organisation_id: string;
  candidate_id: string;
  token_hash: string;
  /** The random part the token is derived from with the server secret, so the link can be shown again. */
  nonce: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
};

/** Paste and focus events the interview room sent with an answer (integrity signals). */
export type TInterviewEventsTable = {
  id: string;
  session_id: string;
  turn_id: string;
  /** paste | blur | focus */
  kind: string;
  at: string;
  characters: number | null;
  created_at: string;
};

/** Human decisions: append-only, so the table is the audit trail. */
export type TDecisionsTable = {
  id: string;
  organisation_id: string;
  candidate_id: string;
  /** advance | reject | hold */
  decision: string;
  reason: string;
  /** The AI's recommendation when the decision was made, if there was a report. */
  ai_recommendation: string | null;
  is_override: number;
  decided_by_user_id: string;
  decided_by_name: string;
  decided_at: string;
};

/** The evaluation queue: claimed with a conditional UPDATE, so two workers never take the same job. */
export type TEvaluationJobsTable = {
  id: string;
  organisation_id: string;
  candidate_id: string;
  session_id: string;
  /** queued | running | done | failed */
  status: string;
  attempts: number;
  max_attempts: number;
  /** Not before this time (ISO 8601): a retry waits. */
  run_after: string;
  /** A running job whose lock has passed is taken again (its worker died). */
  locked_until: string | null;
  locked_by: string | null;
  /** Why the latest attempt failed, as the recruiter is shown it. */
  last_error: string | null;
  created_at: string;
  updated_at: string;
  /** When the job was queued, or queued again by a retry (null: created_at); its deadline counts from it. */
  queued_at: string | null;
};

/** An organisation's webhook: where events go. The signing secret derives from the nonce and the server secret. */
export type TWebhookSubscriptionsTable = {
  id: string;
  organisation_id: string;
  url: string;
  /** Space-separated event names: interview.completed report.ready decision.recorded */
  events: string;
  /** The secret is HMAC(server secret, id and nonce): a copied database signs nothing. */
  secret_nonce: string;
  created_by_name: string;
  created_at: string;
};

/** The webhook delivery queue and its log: one row per event per subscription (and per redelivery). */
export type TWebhookDeliveriesTable = {
  id: string;
  organisation_id: string;
  subscription_id: string;
  /** The event's id, the same on a redelivery, so a receiver can ignore a repeat. */
  event_id: string;
  event: string;
  /** The candidate the event is about: erasing the candidate deletes its deliveries. */
  candidate_id: string | null;
  /** The JSON body, exactly as sent. */
  payload: string;
  /** pending | delivering | succeeded | failed */
  status: string;
  attempts: number;
  max_attempts: number;
  /** Not before this time (ISO 8601): a retry waits. */
  next_attempt_at: string;
  locked_until: string | null;
  locked_by: string | null;
  /** The last attempt: the HTTP status the target answered (null: no answer), its duration, its error. */
  response_status: number | null;
  duration_ms: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
};

export type TDatabase = {
  interview_sessions: TInterviewSessionsTable;
  interview_session_inputs: TInterviewSessionInputsTable;
  settings: TSettingsTable;
  organisations: TOrganisationsTable;
  users: TUsersTable;
  web_sessions: TWebSessionsTable;
  invitations: TInvitationsTable;
  api_tokens: TApiTokensTable;
  jobs: TJobsTable;
  candidates: TCandidatesTable;
  interview_links: TInterviewLinksTable;
  interview_events: TInterviewEventsTable;
  decisions: TDecisionsTable;
  evaluation_jobs: TEvaluationJobsTable;
  password_resets: TPasswordResetsTable;
  audit_events: TAuditEventsTable;
  webhook_subscriptions: TWebhookSubscriptionsTable;
  webhook_deliveries: TWebhookDeliveriesTable;
  self_identifications: TSelfIdentificationsTable;
};
