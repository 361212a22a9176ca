import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordParagraph, writeDocx } from '../../test/support/write-zip.js';
import { CandorError } from '../core/candor-error.js';
import { ZJob } from '../core/job.js';
import { loadJob } from './load-job.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/documents/', import.meta.url));
const seedCase = fileURLToPath(new URL('../../test/fixtures/cases/seed-genai-engineer/', import.meta.url));

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'candor-load-job-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function refusal(path: string): Promise<CandorError> {
  const error = await loadJob(path).then(
    () => new Error('expected the job to be refused'),
    (rejection: unknown) => rejection,
  );
  if (!CandorError.isInstance(error)) throw error;
  expect(error.code).toBe('invalid_document');
  expect(error.location).toBe(path);
  return error;
}

describe('loadJob', () => {
  it('reads the seed job description: eight must-haves (a ninth restates one) and two nice-to-haves', async () => {
    const { job, document } = await loadJob(join(seedCase, 'job.md'));
    expect(document.format).toBe('markdown');
    expect(ZJob.parse(job)).toEqual(job);
    expect(job.requirements.filter((requirement) => requirement.priority === 'must')).toHaveLength(8);
    expect(job.requirements.filter((requirement) => requirement.priority === 'nice')).toHaveLength(2);
  });

  it('reads job-posting.json as a schema.org JobPosting', async () => {
    const { job, document } = await loadJob(join(fixtures, 'job-posting.json'));
    expect(document.format).toBe('json');
    expect(job.title).toBe('Senior Site Reliability Engineer');
    expect(new Set(job.requirements.map((requirement) => requirement.section))).toEqual(
      new Set(['Qualifications', 'Responsibilities', 'Skills']),
    );
    expect(
      job.requirements
        .filter((requirement) => requirement.priority === 'nice')
        .map((requirement) => requirement.text),
    ).toEqual(['Go programming', 'experience with service meshes (Istio or Linkerd).']);
  });

  it('reads a job description from a Word file', async () => {
    const path = join(directory, 'job.docx');
    await writeFile(
      path,
      writeDocx(
        ['Platform Engineer', 'Requirements', 'Kubernetes in production', 'Nice to have', 'Go']
          .map(wordParagraph)
          .join(''),
      ),
    );
    const { job } = await loadJob(path);
    expect(job.title).toBe('Platform Engineer');
    expect(job.requirements.map(({ text, priority }) => `${priority}: ${text}`)).toEqual([
      'must: Kubernetes in production',
      'nice: Go',
    ]);
  });

  it('refuses a document without requirements, saying what to add', async () => {
    const path = join(directory, 'no-requirements.md');
    await writeFile(path, '# Office party\n\nJoin us on Friday at five.\n');
    const error = await refusal(path);
    expect(error.message).toBe(
      'no-requirements.md: no requirements found: add a Requirements section with bullets (and a "Nice to have" section for optional ones).',
    );
  });

  it('refuses a JSON Resume given as a job', async () => {
    const error = await refusal(join(fixtures, 'resume.json'));
    expect(error.message).toMatch(/^resume\.json: this is a JSON Resume, not a job description\./);
  });

  it('refuses JSON that is neither, naming the JobPosting it expected', async () => {
    const path = join(directory, 'other.json');
    await writeFile(path, '[{"@type": "Organization", "name": "Acme"}]');
    const error = await refusal(path);
    expect(error.message).toMatch(
      /^other\.json: this JSON is not a job posting: expected a schema\.org JobPosting/,
    );
  });

  it('refuses a JobPosting without a title, naming the field', async () => {
    const path = join(directory, 'untitled.json');
    await writeFile(path, '{"@type": "JobPosting", "qualifications": "Go"}');
    const error = await refusal(path);
    expect(error.message).toBe(
      'untitled.json: the JobPosting field "title" should be the job title as text (found nothing).',
    );
  });
});
