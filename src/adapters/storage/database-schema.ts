/**
 * The tables as Kysely sees them. JSON is stored as text and dates as ISO 8601 text, so one
 * schema serves SQLite and PostgreSQL; the domain schemas (ZInterviewState, ZJob, …) validate
 * the JSON on the way out. The tables the ports read and write are their records
 * (src/app/ports/records.ts, described there): the adapter depends on the ports, not the other
 * way round. The interview sessions are the session store's own.
 */
import type { Generated } from 'kysely';
import type {
  TApiTokenRecord,
  TAuditEventRecord,
  TCandidateRecord,
  TDecisionRecord,
  TEvaluationJobRecord,
  TInterviewEventRecord,
  TInterviewLinkRecord,
  TInvitationRecord,
  TJobRecord,
  TOrganisationRecord,
  TPasswordResetRecord,
  TSelfIdentificationRecord,
  TSettingRecord,
  TUserRecord,
  TWebhookDeliveryRecord,
  TWebhookSubscriptionRecord,
  TWebSessionRecord,
} from '../../app/ports/records.js';

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

export type TSettingsTable = TSettingRecord;
export type TOrganisationsTable = TOrganisationRecord;
export type TUsersTable = TUserRecord;
export type TWebSessionsTable = TWebSessionRecord;
export type TInvitationsTable = TInvitationRecord;
export type TApiTokensTable = TApiTokenRecord;
export type TPasswordResetsTable = TPasswordResetRecord;
export type TAuditEventsTable = TAuditEventRecord;
/** The interview language has a default ('en'): optional on insert. */
export type TJobsTable = Omit<TJobRecord, 'interview_language'> & { interview_language: Generated<string> };
export type TCandidatesTable = TCandidateRecord;
export type TSelfIdentificationsTable = TSelfIdentificationRecord;
export type TInterviewLinksTable = TInterviewLinkRecord;
export type TInterviewEventsTable = TInterviewEventRecord;
export type TDecisionsTable = TDecisionRecord;
export type TEvaluationJobsTable = TEvaluationJobRecord;
export type TWebhookSubscriptionsTable = TWebhookSubscriptionRecord;
export type TWebhookDeliveriesTable = TWebhookDeliveryRecord;

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
