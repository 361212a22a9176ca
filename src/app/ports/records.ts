/**
 * The records the ports read and write: plain types, one per stored kind, named by their fields
 * as stored (snake_case). JSON is kept as text and dates as ISO 8601 text, so one shape serves
 * SQLite and PostgreSQL; the domain schemas (ZJob, ZResume, …) validate the JSON on the way out.
 * src/adapters/storage/database-schema.ts builds its Kysely tables from these, so the adapter
 * depends on the ports and not the other way round.
 */
import type { TCandidateStatus } from '../../core/candidate/candidate-status.js';

/** The fields of R that may be null. */
type TNullableKeys<R> = { [K in keyof R]-?: null extends R[K] ? K : never }[keyof R];

/**
 * A record as it is inserted: fields that may be null may be left out (stored as null), and so
 * may the fields named in `D`, which the database fills with their defaults.
 */
export type TNewRecord<R, D extends keyof R = never> = Omit<R, TNullableKeys<R> | D> &
  Partial<Pick<R, TNullableKeys<R> | D>>;

/**
 * A server setting. The server secret is not kept here (it lives in CANDOR_SECRET or a file beside
 * the database); a secret from before that is moved out on start and its row deleted.
 */
export type TSettingRecord = { key: string; value: string; created_at: string };

export type TOrganisationRecord = { id: string; name: string; created_at: string };

export type TUserRecord = {
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
export type TWebSessionRecord = {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
};

/** A colleague's invitation to join an organisation; only a SHA-256 of its token is stored. */
export type TInvitationRecord = {
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

/** An API token for scripts (Authorization: Bearer); only a SHA-256 of the token is stored. */
export type TApiTokenRecord = {
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

/** A one-time password reset link; only a SHA-256 of its token is stored. */
export type TPasswordResetRecord = {
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
export type TAuditEventRecord = {
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

export type TJobRecord = {
  id: string;
  organisation_id: string;
  title: string;
  /** The extracted job (ZJob), requirements as the recruiter last edited them. */
  job_json: string;
  /** The job's interview plan (ZInterviewPlan). */
  plan_json: string;
  /** 1 when a recruiter edited the plan: candidates then get it as it is, without resume questions. */
  plan_edited: number;
  /** The language its interviews are held in (ISO 639-1); 'en' when not given on insert. */
  interview_language: string;
  file_name: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
};

/** A job as inserted: without a language its interviews are in English. */
export type TNewJobRecord = TNewRecord<TJobRecord, 'interview_language'>;

export type TCandidateRecord = {
  id: string;
  organisation_id: string;
  job_id: string;
  name: string | null;
  file_name: string;
  /** The extracted resume (ZResume). */
  resume_json: string;
  /** Changed only through changeStatus, along CANDIDATE_TRANSITIONS (src/core/candidate). */
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
export type TSelfIdentificationRecord = {
  id: string;
  organisation_id: string;
  candidate_id: string;
  job_id: string;
  sex: string;
  race_ethnicity: string;
  created_at: string;
};

/**
 * A candidate's interview link; the newest is the current one and every earlier one is revoked.
 * Only a SHA-256 (hex) of the token is stored.
 */
export type TInterviewLinkRecord = {
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

/** A paste or focus event the interview room sent with an answer (integrity signals). */
export type TInterviewEventRecord = {
  id: string;
  session_id: string;
  turn_id: string;
  /** paste | blur | focus */
  kind: string;
  at: string;
  characters: number | null;
  created_at: string;
};

/** A human decision: appended, never changed, so the decisions are the audit trail. */
export type TDecisionRecord = {
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

/** A job of the evaluation queue: claimed with a conditional UPDATE, so two workers never take the same one. */
export type TEvaluationJobRecord = {
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
export type TWebhookSubscriptionRecord = {
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

/** A webhook delivery, queued and then kept as its log: one per event per subscription (and per redelivery). */
export type TWebhookDeliveryRecord = {
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
