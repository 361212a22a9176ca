import type { TJobRecord, TNewJobRecord } from './records.js';

export type TJobRow = TJobRecord;

/** A job in the organisation's list, with its candidates counted. */
export type TJobListRow = Pick<TJobRow, 'id' | 'title' | 'created_at'> & {
  candidateCount: number;
  evaluatedCount: number;
};

/** The job's description and plan as stored (JSON text) and whether a recruiter edited the plan. */
export type TJobChanges = Partial<Pick<TJobRow, 'job_json' | 'plan_json' | 'plan_edited'>> & {
  updatedAt: string;
};

/** Jobs, always within one organisation: another organisation's job is not found. */
export type TJobRepository = {
  find(organisationId: string, jobId: string): Promise<TJobRow | undefined>;
  /** Newest first. */
  list(organisationId: string): Promise<TJobListRow[]>;
  insert(row: TNewJobRecord): Promise<void>;
  update(organisationId: string, jobId: string, changes: TJobChanges): Promise<void>;
  /** Deletes the job row itself (its candidates are erased first, by the caller). */
  delete(organisationId: string, jobId: string): Promise<void>;
};
