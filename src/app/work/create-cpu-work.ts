import { createFairQueue } from '../../adapters/workers/create-fair-queue.js';
import { createWorkerPool, type TWorkerFailure } from '../../adapters/workers/create-worker-pool.js';
import { CandorError } from '../../core/candor-error.js';
import type { TJob } from '../../core/job.js';
import type { TInterviewPlan } from '../../core/plan/interview-plan.js';
import type { TResume } from '../../core/resume.js';
import type { TEvaluateOfflineResult } from '../../core/rubric/evaluate-offline.js';
import { safeFileName } from '../web/with-uploaded-file.js';
import type { TCpuTask, TCpuTaskOutcome } from './cpu-task.js';
import type { TCpuWork } from './cpu-work.js';

export type TCpuWorkOptions = {
  /** Worker threads (default: the machine's cores, at least 2, at most 4). */
  threads?: number;
  /** Wall-clock limit on reading one document (default 20 s). */
  documentTimeoutMs?: number;
  /** Wall-clock limit on planning one interview (default 10 s). */
  planTimeoutMs?: number;
  /** Wall-clock limit on the rubric engine's judgement of one interview (default 60 s). */
  evaluateTimeoutMs?: number;
  /** Tasks one organisation may have waiting (default 50); more are answered 429. */
  maxWaitingPerOrganisation?: number;
};

/**
 * Documents, plans and offline judgements on worker threads, off the server's event loop: each task has a wall-clock
 * limit (a PDF that spins is terminated and refused), and organisations take turns for the
 * threads, each using at most half of them, so one organisation's backlog never delays another's.
 */
export function createCpuWork(options: TCpuWorkOptions = {}): TCpuWork {
  const isSource = import.meta.url.endsWith('.ts');
  const pool = createWorkerPool({
    filename: new URL(`./run-cpu-task.${isSource ? 'ts' : 'js'}`, import.meta.url),
    ...(options.threads === undefined ? {} : { threads: options.threads }),
  });
  const queue = createFairQueue({
    concurrency: pool.threads,
    perKey: Math.max(1, Math.floor(pool.threads / 2)),
    maxWaitingPerKey: options.maxWaitingPerOrganisation ?? 50,
  });
  const documentTimeoutMs = options.documentTimeoutMs ?? 20_000;
  const planTimeoutMs = options.planTimeoutMs ?? 10_000;
  const evaluateTimeoutMs = options.evaluateTimeoutMs ?? 60_000;

  const run = async (
    organisationId: string,
    task: TCpuTask,
    timeoutMs: number,
    onFailure: (failure: TWorkerFailure) => Error,
  ) => {
    const outcome = (await queue.run(organisationId, () =>
      pool.run(task, timeoutMs, onFailure),
    )) as TCpuTaskOutcome;
    if (outcome.ok) return outcome.value;
    if (outcome.code === 'internal') throw new Error(outcome.message);
    throw new CandorError(outcome.code, outcome.message, {
      ...(outcome.location === undefined ? {} : { location: outcome.location }),
    });
  };
  const documentFailure = (fileName: string, timeoutMs: number) => (failure: TWorkerFailure) =>
    new CandorError(
      'invalid_document',
      failure === 'timeout'
        ? `${safeFileName(fileName)}: reading this document took longer than ${timeoutMs / 1000} s, the most Candor allows; it was stopped. Export it again (or "print" it to PDF), or paste the text into a .txt file.`
        : `${safeFileName(fileName)}: reading this document needed more memory than Candor allows; it was stopped. Export it again, or paste the text into a .txt file.`,
      { location: safeFileName(fileName) },
    );
  const planFailure = (failure: TWorkerFailure) =>
    new CandorError(
      'limit_exceeded',
      failure === 'timeout'
        ? `Planning this interview took longer than ${planTimeoutMs / 1000} s, the most Candor allows; it was stopped. Keep fewer requirements.`
        : 'Planning this interview needed more memory than Candor allows; it was stopped. Keep fewer requirements.',
    );
  const evaluateFailure = (failure: TWorkerFailure) =>
    new CandorError(
      'limit_exceeded',
      failure === 'timeout'
        ? `Judging this interview took longer than ${evaluateTimeoutMs / 1000} s, the most Candor allows; it was stopped.`
        : 'Judging this interview needed more memory than Candor allows; it was stopped.',
    );

  return {
    readJob: async (organisationId, upload) =>
      (await run(
        organisationId,
        { kind: 'readJob', upload },
        documentTimeoutMs,
        documentFailure(upload.fileName, documentTimeoutMs),
      )) as TJob,
    readResume: async (organisationId, upload) =>
      (await run(
        organisationId,
        { kind: 'readResume', upload },
        documentTimeoutMs,
        documentFailure(upload.fileName, documentTimeoutMs),
      )) as TResume,
    planInterview: async (organisationId, input) =>
      (await run(
        organisationId,
        { kind: 'planInterview', input },
        planTimeoutMs,
        planFailure,
      )) as TInterviewPlan,
    evaluateOffline: async (organisationId, input) =>
      (await run(
        organisationId,
        { kind: 'evaluateOffline', input },
        evaluateTimeoutMs,
        evaluateFailure,
      )) as TEvaluateOfflineResult,
    close: () => pool.close(),
  };
}
