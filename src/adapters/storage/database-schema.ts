/**
 * The tables as Kysely sees them. JSON is stored as text and dates as ISO 8601 text, so one
 * schema serves SQLite and PostgreSQL; the domain schemas (ZInterviewState, ZJob, …) validate
 * the JSON on the way out.
 */
export type TInterviewSessionsTable = {
  id: string;
  /** in_progress | completed | evaluated */
  status: string;
  /** Copied out of the plan so lists need not parse JSON. */
  job_title: string;
  candidate_name: string | null;
  plan_json: string;
  state_json: string;
  job_json: string;
  resume_json: string;
  report_json: string | null;
  report_path: string | null;
  created_at: string;
  updated_at: string;
};

export type TDatabase = {
  interview_sessions: TInterviewSessionsTable;
};
