import type { TCandidateStatus } from '../../core/candidate/candidate-status.js';
import type { TTurnEvent } from '../../core/transcript.js';

/** What an interview link opens, read in one query on every request of the interview. */
export type TInterviewAccessRow = {
  link: {
    id: string;
    organisation_id: string;
    candidate_id: string;
    expires_at: string;
    revoked_at: string | null;
  };
  /** The candidate's row without their resume (read only before the interview starts). */
  candidate: {
    id: string;
    organisation_id: string;
    job_id: string;
    status: TCandidateStatus;
    interview_session_id: string | null;
    human_requested_at: string | null;
  };
  /** The job's row without its description and plan (read only before the interview starts). */
  job: { id: string; title: string; interview_language: string; plan_edited: number };
  organisationName: string;
  /** The recruiter who created the job: whom the candidate writes to for a human interview. */
  contactEmail: string;
  /** The candidate answered the voluntary self-identification form (whether, never what). */
  selfIdentified: boolean;
};

/** What an interview is planned from, as stored (JSON): needed only until it starts. */
export type TInterviewStartInputs = { jobJson: string; planJson: string; resumeJson: string };

/** The interview room's storage besides the session itself (TSessionStore): its link and its events. */
export type TInterviewRepository = {
  /** The link with this token hash and what it opens; undefined when none (or it is another organisation's). */
  findAccess(tokenHash: string): Promise<TInterviewAccessRow | undefined>;
  /** The job's extracted text and plan and the candidate's resume; undefined when either is gone. */
  findStartInputs(candidate: { id: string; job_id: string }): Promise<TInterviewStartInputs | undefined>;
  /** An interview's paste and focus events, in the order they happened (integrity signals). */
  listEvents(
    sessionId: string,
  ): Promise<{ turn_id: string; kind: string; at: string; characters: number | null }[]>;
  /** Paste and focus events sent with an answer to `turnId`. */
  appendEvents(input: {
    sessionId: string;
    turnId: string;
    events: readonly TTurnEvent[];
    newId: () => string;
    now: string;
  }): Promise<void>;
};
