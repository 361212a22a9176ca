import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longJobText } from '../../../test/support/long-job-text.js';
import { CandorError } from '../../core/candor-error.js';
import { parseTranscript } from '../../core/parse-transcript.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import { evaluateOffline } from '../../core/rubric/evaluate-offline.js';
import { loadJob } from '../load-job.js';
import { loadResume } from '../load-resume.js';
import { EMPTY_RESUME } from '../web/empty-resume.js';
import type { TCpuWork } from './cpu-work.js';
import { createCpuWork } from './create-cpu-work.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

let directory: string;
let work: TCpuWork;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'candor-cpu-work-'));
  work = createCpuWork({ threads: 2 });
});
afterAll(async () => {
  await work.close();
  await rm(directory, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<CandorError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (rejection: unknown) => rejection,
  );
  if (!CandorError.isInstance(error)) throw error;
  return error;
}

describe('createCpuWork (worker threads)', () => {
  it('reads a job and a PDF resume and plans the interview exactly as on the calling thread', async () => {
    const jobPath = join(examples, 'job.md');
    const resumePath = join(examples, 'resume.pdf');
    const job = await work.readJob('org-a', { bytes: await readFile(jobPath), fileName: 'job.md' });
    const resume = await work.readResume('org-b', {
      bytes: await readFile(resumePath),
      fileName: 'resume.pdf',
    });
    expect(job).toEqual((await loadJob(jobPath)).job);
    expect(resume).toEqual((await loadResume(resumePath)).resume);
    expect(await work.planInterview('org-a', { job, resume })).toEqual(planInterview({ job, resume }));
  });

  it('judges an interview with the rubric engine exactly as on the calling thread', async () => {
    const { job } = await loadJob(join(examples, 'job.md'));
    const { resume } = await loadResume(join(examples, 'resume.md'));
    const transcript = parseTranscript(JSON.parse(await readFile(join(examples, 'transcript.json'), 'utf8')));
    const onThread = evaluateOffline({ job, resume, transcript });
    const onWorker = await work.evaluateOffline('org-a', { job, resume, transcript });
    expect(onWorker.evaluation.recommendation).toBe(onThread.evaluation.recommendation);
    expect(onWorker).toEqual(onThread);
  });

  it("keeps a refused document's code, message and location across the thread", async () => {
    const bytes = Buffer.from(`{"basics":${'['.repeat(100)}${']'.repeat(100)}}`);
    const error = await failure(work.readResume('org-a', { bytes, fileName: 'deep.json' }));
    expect(error.code).toBe('invalid_document');
    expect(error.location).toMatch(/deep\.json$/);
    expect(error.message).toContain('deep.json: this is JSON nested more than 64 levels deep');
  });

  it('stops a task over its wall-clock limit with a clear error, and other work goes on', async () => {
    const slow = createCpuWork({ threads: 2, planTimeoutMs: 1, documentTimeoutMs: 1 });
    try {
      const path = join(directory, 'long-job.md');
      await writeFile(path, longJobText(500));
      const reading = await failure(
        slow.readJob('org-a', { bytes: await readFile(path), fileName: 'long-job.md' }),
      );
      expect(reading.code).toBe('invalid_document');
      expect(reading.message).toMatch(/^long-job\.md: reading this document took longer than 0\.001 s/);
      const job = (await loadJob(path)).job;
      const planning = await failure(slow.planInterview('org-a', { job, resume: EMPTY_RESUME }));
      expect(planning.code).toBe('limit_exceeded');
      expect(planning.message).toContain('Planning this interview took longer than');
    } finally {
      await slow.close();
    }
    // The other pool, and its threads, are untouched.
    const job = await work.readJob('org-a', {
      bytes: await readFile(join(examples, 'job.md')),
      fileName: 'job.md',
    });
    expect(job.requirements.length).toBeGreaterThan(0);
  });
});
