import type { TJob } from '../../core/job.js';
import type { TInterviewPlan } from '../../core/plan/interview-plan.js';
import type { TPlanInterviewInput } from '../../core/plan/plan-interview.js';
import type { TResume } from '../../core/resume.js';

/**
 * CPU-heavy work the web use cases hand off: reading a job description or resume from a file,
 * and planning an interview. `candor serve` runs it on worker threads, queued per organisation
 * (createCpuWork); tests and the CLI may run it in-process (inProcessWork).
 */
export type TCpuWork = {
  loadJob(organisationId: string, path: string): Promise<TJob>;
  loadResume(organisationId: string, path: string): Promise<TResume>;
  planInterview(organisationId: string, input: TPlanInterviewInput): Promise<TInterviewPlan>;
  close(): Promise<void>;
};
