import { createInterview } from '../../core/interview/create-interview.js';
import type { TInterviewSession, TSessionStore } from '../../core/interview/session-store.js';
import type { TJob } from '../../core/job.js';
import type { TInterviewBudget, TInterviewPlan } from '../../core/plan/interview-plan.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import type { TResume } from '../../core/resume.js';

export type TStartInterviewInput = {
  store: TSessionStore;
  job: TJob;
  resume: TResume;
  /** A reviewed (perhaps edited) plan; without it one is planned from the job and resume. */
  plan?: TInterviewPlan;
  /** Budget overrides when the plan is made here (ignored with `plan`). */
  budget?: Partial<TInterviewBudget>;
  /** The interview's language when the plan is made here (ISO 639-1; ignored with `plan`). */
  language?: string;
  /** When the interview starts (ISO 8601): its time budget counts from here. */
  now?: () => string;
};

/**
 * Starts an interview: plans it (unless a plan is given) and stores the new session, nothing
 * asked yet. The first question comes from `askNextQuestion`.
 */
export async function startInterview(input: TStartInterviewInput): Promise<TInterviewSession> {
  const now = input.now ?? (() => new Date().toISOString());
  const plan =
    input.plan ??
    planInterview({
      job: input.job,
      resume: input.resume,
      ...(input.budget === undefined ? {} : { budget: input.budget }),
      ...(input.language === undefined ? {} : { language: input.language }),
    });
  const state = createInterview({ plan, now: now() });
  return input.store.create({ plan, state, job: input.job, resume: input.resume });
}
