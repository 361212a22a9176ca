import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longJobText } from '../../test/support/long-job-text.js';
import { CandorError } from '../core/candor-error.js';
import { LIMITS } from '../core/limits/limits.js';
import { planInterview } from '../core/plan/plan-interview.js';
import { loadJob } from './load-job.js';
import { loadResume } from './load-resume.js';
import { EMPTY_RESUME } from './web/empty-resume.js';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'candor-limits-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, text);
  return path;
}

async function refusal(promise: Promise<unknown>): Promise<CandorError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (rejection: unknown) => rejection,
  );
  if (!CandorError.isInstance(error)) throw error;
  expect(error.code).toBe('invalid_document');
  return error;
}

describe('bounded work on documents', () => {
  it('plans a 300-requirement job: every must-have covered within the budget', async () => {
    const { job } = await loadJob(await file('long-job.md', longJobText(300)));
    expect(job.requirements).toHaveLength(300);
    const plan = planInterview({ job, resume: EMPTY_RESUME });
    expect(plan.questions).toHaveLength(7);
    const covered = new Set(plan.questions.flatMap((question) => question.requirementIds));
    const musts = job.requirements.filter((requirement) => requirement.priority === 'must');
    expect(musts.every((requirement) => covered.has(requirement.id))).toBe(true);
  });

  it('refuses a job with more requirements than maxRequirements, naming the limit and the file', async () => {
    const path = await file('too-long-job.md', longJobText(LIMITS.maxRequirements + 1));
    const error = await refusal(loadJob(path));
    expect(error.message).toMatch(/^too-long-job\.md: it lists 501 requirements/);
    expect(error.message).toContain('maxRequirements');
    expect(error.location).toBe(path);
  });

  it('refuses a job description with more lines than maxJobLines before parsing it', async () => {
    const text = `# Job\n\n## Requirements\n\n${'- Go\n'.repeat(LIMITS.maxJobLines)}`;
    const error = await refusal(loadJob(await file('many-lines.md', text)));
    expect(error.message).toContain('maxJobLines');
  });

  it('refuses a 10 MB [[[…]]] JSON resume by its size, and a 900 KB one by its depth, before JSON.parse', async () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const big = await refusal(loadResume(await file('deep.json', nested(5 * 1024 * 1024 - 1))));
    expect(big.message).toContain('this JSON holds 10,485,758 characters; Candor reads up to 1,000,000');
    const deep = await refusal(loadResume(await file('deeper.json', nested(450_000))));
    expect(deep.message).toContain('deeper.json: this is JSON nested more than 64 levels deep');
    expect(deep.message).toContain('maxJsonDepth');
  });

  it('refuses a JSON resume whose name is 5,000,000 characters, and one whose name is 301', async () => {
    const resume = (name: string) =>
      JSON.stringify({ basics: { name, label: 'Engineer' }, work: [{ name: 'Acme', position: 'Engineer' }] });
    const huge = await refusal(loadResume(await file('huge-name.json', resume('A'.repeat(5_000_000)))));
    expect(huge.message).toContain('Candor reads up to 1,000,000');
    const long = await refusal(loadResume(await file('long-name.json', resume('A'.repeat(301)))));
    expect(long.message).toContain('maxContactFieldLength');
    const { resume: fine } = await loadResume(await file('fine.json', resume('Ada Lovelace')));
    expect(fine.contact.name).toBe('Ada Lovelace');
  });
});
