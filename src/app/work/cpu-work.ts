import type { TJob } from '../../core/job.js';
import type { TInterviewPlan } from '../../core/plan/interview-plan.js';
import type { TPlanInterviewInput } from '../../core/plan/plan-interview.js';
import type { TResume } from '../../core/resume.js';
import type { TEvaluateOfflineInput, TEvaluateOfflineResult } from '../../core/rubric/evaluate-offline.js';
import type { TUpload } from './cpu-task.js';

/**
 * CPU-heavy work the web use cases hand off: reading an uploaded job description or resume (its
 * temporary file written and deleted where it is read), planning an interview, and the rubric
 * engine's judgement of a finished one. `candor serve` runs it on worker threads, queued per
 * organisation (createCpuWork); tests and the CLI may run it in-process (inProcessWork).
 */
export type TCpuWork = {
  readJob(organisationId: string, upload: TUpload): Promise<TJob>;
  readResume(organisationId: string, upload: TUpload): Promise<TResume>;
  planInterview(organisationId: string, input: TPlanInterviewInput): Promise<TInterviewPlan>;
  evaluateOffline(organisationId: string, input: TEvaluateOfflineInput): Promise<TEvaluateOfflineResult>;
  close(): Promise<void>;
};
