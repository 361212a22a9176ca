import { planInterview } from '../../core/plan/plan-interview.js';
import { evaluateOffline } from '../../core/rubric/evaluate-offline.js';
import { loadJob } from '../load-job.js';
import { loadResume } from '../load-resume.js';
import { withUploadedFile } from '../web/with-uploaded-file.js';
import type { TCpuWork } from './cpu-work.js';

/** The work run on the calling thread: for the CLI and for tests of the use cases themselves. */
export function inProcessWork(): TCpuWork {
  return {
    readJob: async (_organisationId, { bytes, fileName }) =>
      (await withUploadedFile(bytes, fileName, (path) => loadJob(path))).job,
    readResume: async (_organisationId, { bytes, fileName }) =>
      (await withUploadedFile(bytes, fileName, (path) => loadResume(path))).resume,
    planInterview: async (_organisationId, input) => planInterview(input),
    evaluateOffline: async (_organisationId, input) => evaluateOffline(input),
    close: async () => {},
  };
}
