import { lowerThreadPriority } from '../../adapters/workers/lower-thread-priority.js';
import { CandorError } from '../../core/candor-error.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import { evaluateOffline } from '../../core/rubric/evaluate-offline.js';
import { loadJob } from '../load-job.js';
import { loadResume } from '../load-resume.js';
import { withUploadedFile } from '../web/with-uploaded-file.js';
import type { TCpuTask, TCpuTaskOutcome } from './cpu-task.js';

// Documents and plans yield the CPU to the server's event loop (and its quick requests).
lowerThreadPriority();

/**
 * The worker thread's entry point (piscina calls the default export): runs one task and answers
 * its outcome as data. A CandorError keeps its code, message and location; anything else is an
 * `internal` failure described by its message.
 */
export default async function runCpuTask(task: TCpuTask): Promise<TCpuTaskOutcome> {
  try {
    switch (task.kind) {
      case 'readJob': {
        const { bytes, fileName } = task.upload;
        return { ok: true, value: (await withUploadedFile(bytes, fileName, (path) => loadJob(path))).job };
      }
      case 'readResume': {
        const { bytes, fileName } = task.upload;
        return {
          ok: true,
          value: (await withUploadedFile(bytes, fileName, (path) => loadResume(path))).resume,
        };
      }
      case 'planInterview':
        return { ok: true, value: planInterview(task.input) };
      case 'evaluateOffline':
        return { ok: true, value: evaluateOffline(task.input) };
      default: {
        const unknown: never = task;
        throw new Error(`unknown task ${JSON.stringify(unknown)}`);
      }
    }
  } catch (error) {
    if (CandorError.isInstance(error)) {
      return {
        ok: false,
        code: error.code,
        message: error.message,
        ...(error.location === undefined ? {} : { location: error.location }),
      };
    }
    return { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}
