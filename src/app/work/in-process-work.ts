import { planInterview } from '../../core/plan/plan-interview.js';
import { loadJob } from '../load-job.js';
import { loadResume } from '../load-resume.js';
import type { TCpuWork } from './cpu-work.js';

/** The work run on the calling thread: for the CLI and for tests of the use cases themselves. */
export function inProcessWork(): TCpuWork {
  return {
    loadJob: async (_organisationId, path) => (await loadJob(path)).job,
    loadResume: async (_organisationId, path) => (await loadResume(path)).resume,
    planInterview: async (_organisationId, input) => planInterview(input),
    close: async () => {},
  };
}
