import type { TEvaluation } from '../evaluation.js';
import type { TJob } from '../job.js';
import type { TInterviewPlan } from '../plan/interview-plan.js';
import type { TResume } from '../resume.js';
import type { TInterviewState } from './interview-state.js';

/** in_progress → completed (closing question answered) → evaluated (a report was saved). */
export type TSessionStatus = 'in_progress' | 'completed' | 'evaluated';

/** One interview as stored: the plan it follows, its state after the latest turn, and its inputs. */
export type TInterviewSession = {
  /** Random, at least 128 bits: safe to put in a candidate's interview link. */
  id: string;
  status: TSessionStatus;
  plan: TInterviewPlan;
  state: TInterviewState;
  /** The job and resume as they were when the interview was planned. */
  job: TJob;
  resume: TResume;
  /** The evaluation, once written. */
  report: TEvaluation | null;
  /** Where the rendered report was written, if it was written to a file. */
  reportPath: string | null;
  createdAt: string;
  updatedAt: string;
  /** How many times the state was saved: a save may require the version it read (`expectedVersion`). */
  version: number;
};

/** What a list of sessions shows without loading each one. */
export type TSessionSummary = {
  id: string;
  status: TSessionStatus;
  jobTitle: string;
  candidateName: string | null;
  createdAt: string;
  updatedAt: string;
};

export type TCreateSessionInput = {
  plan: TInterviewPlan;
  state: TInterviewState;
  job: TJob;
  resume: TResume;
};

/**
 * Where interview sessions live. Small on purpose; every call is one durable write or read, so
 * saving the state after each turn means a crash loses nothing that was answered.
 * Errors: CandorError 'not_found' for an unknown id, 'storage_failed' for everything the store
 * cannot do (unreadable database, corrupt row).
 */
export type TSessionStore = {
  create(input: TCreateSessionInput): Promise<TInterviewSession>;
  get(id: string): Promise<TInterviewSession>;
  /**
   * Saves the state after a turn; the status follows it (in_progress or completed). With
   * `expectedVersion`, only if the stored state is still that version (another process has not
   * saved meanwhile): otherwise CandorError 'conflict' with location 'version', nothing written.
   * Resolves to the new version.
   */
  saveState(id: string, state: TInterviewState, options?: { expectedVersion?: number }): Promise<number>;
  /** Saves the evaluation (and/or where its rendering was written); the status becomes evaluated. */
  saveReport(id: string, report: { report?: TEvaluation; reportPath?: string }): Promise<void>;
  /** Newest first. */
  list(options?: { status?: TSessionStatus; limit?: number }): Promise<TSessionSummary[]>;
};
