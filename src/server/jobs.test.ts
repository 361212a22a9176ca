import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePdf } from '../../test/support/write-pdf.js';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import {
  EXAMPLE_JOB,
  filesForm,
  openTestApp,
  signUpRecruiter,
  type TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';

describe.each(TEST_DATABASE_KINDS)('jobs on %s', (kind) => {
  let server: TTestApp;
  let recruiter: TestClient;
  beforeAll(async () => {
    server = await openTestApp(kind);
    recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('creates a job from pasted text: requirements extracted, an interview planned', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    expect(job.title).toBe('Senior Backend Engineer — Payments Platform');
    const must = job.job.requirements.filter(
      (requirement: { priority: string }) => requirement.priority === 'must',
    );
    expect(must.map((requirement: { text: string }) => requirement.text)).toContain(
      'Strong proficiency in Go or Java.',
    );
    expect(
      job.job.requirements.some((requirement: { priority: string }) => requirement.priority === 'nice'),
    ).toBe(true);
    expect(job.plan.questions.length).toBeGreaterThan(0);
    expect(
      job.plan.questions.every(
        (question: { requirementIds: string[] }) => question.requirementIds.length > 0,
      ),
    ).toBe(true);
    expect(await recruiter.expect(200, 'GET', `/api/jobs/${job.id}`)).toEqual(job);
  });

  it("holds interviews in the job's language: Spanish questions, kept when the requirements are edited", async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', {
      json: { text: EXAMPLE_JOB, language: 'es' },
    });
    expect(job.plan.language).toBe('es');
    expect(job.plan.closingQuestion).toBe(
      '¿Tiene alguna pregunta para nosotros sobre el puesto o el equipo?',
    );
    expect(job.plan.questions[0].text).toMatch(/^(?:El puesto|Hábleme|Imagine|Cuénteme)/);
    const edited = await recruiter.expect(200, 'PUT', `/api/jobs/${job.id}/requirements`, {
      json: {
        requirements: job.job.requirements
          .slice(0, 3)
          .map((r: { text: string; priority: string }) => ({ text: r.text, priority: r.priority })),
      },
    });
    expect(edited.plan.language).toBe('es');
    await recruiter.expect(400, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB, language: 'spanish' } });
  });

  it('takes a title of its own, and lists jobs newest first with their counts', async () => {
    const first = await recruiter.expect(201, 'POST', '/api/jobs', {
      json: { text: EXAMPLE_JOB, title: 'First' },
    });
    server.clock.advance(1000);
    const second = await recruiter.expect(201, 'POST', '/api/jobs', {
      json: { text: EXAMPLE_JOB, title: 'Second' },
    });
    expect(second.title).toBe('Second');
    const { jobs } = await recruiter.expect(200, 'GET', '/api/jobs');
    const ids = jobs.map((job: { id: string }) => job.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(jobs.find((job: { id: string }) => job.id === first.id)).toMatchObject({
      title: 'First',
      candidateCount: 0,
      evaluatedCount: 0,
    });
  });

  it('creates a job from an uploaded file (Markdown and PDF)', async () => {
    const markdown = await recruiter.expect(201, 'POST', '/api/jobs', {
      form: filesForm('file', [{ name: 'job.md', bytes: EXAMPLE_JOB }]),
    });
    expect(markdown.job.requirements.length).toBeGreaterThan(3);
    const lines = EXAMPLE_JOB.split('\n');
    const pdf = await recruiter.expect(201, 'POST', '/api/jobs', {
      form: filesForm('file', [{ name: 'job.pdf', bytes: writePdf([lines]) }]),
    });
    expect(pdf.title).toBe(markdown.title);
    expect(pdf.job.requirements.length).toBe(markdown.job.requirements.length);
  });

  it('refuses an unusable description with a 4xx naming the file and the problem, and stores nothing', async () => {
    const before = (await recruiter.expect(200, 'GET', '/api/jobs')).jobs.length;
    const image = await recruiter.expect(422, 'POST', '/api/jobs', {
      form: filesForm('file', [
        { name: 'job.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]) },
      ]),
    });
    expect(image).toMatchObject({ code: 'invalid_document' });
    expect(image.detail).toMatch(/^job\.png: this file is a PNG image/);
    const corrupt = await recruiter.expect(422, 'POST', '/api/jobs', {
      form: filesForm('file', [{ name: 'job.pdf', bytes: '%PDF-1.7\n1 0 obj garbage that is not a pdf' }]),
    });
    expect(corrupt.detail).toMatch(/^job\.pdf: /);
    const tooLarge = await recruiter.expect(422, 'POST', '/api/jobs', {
      form: filesForm('file', [{ name: 'huge.txt', bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(97) }]),
    });
    expect(tooLarge.detail).toMatch(/^huge\.txt: this file is .*Candor reads documents of up to 10 MB/);
    const noRequirements = await recruiter.expect(422, 'POST', '/api/jobs', {
      json: { text: 'We are hiring. Apply now!' },
    });
    expect(noRequirements.detail).toMatch(/^pasted job description: no requirements found/);
    expect(noRequirements.detail).not.toContain('/tmp');
    expect((await recruiter.expect(200, 'GET', '/api/jobs')).jobs.length).toBe(before);
  });

  it('answers 413 for a request body over the limit, and 415 for a type it does not take', async () => {
    const tooLarge = await recruiter.expect(413, 'POST', '/api/jobs', {
      json: { text: 'x'.repeat(3 * 1024 * 1024) },
    });
    expect(tooLarge.code).toBe('payload_too_large');
    const wrongType = await recruiter.expect(415, 'POST', '/api/jobs', {
      headers: { 'content-type': 'text/plain' },
      json: undefined,
    });
    expect(wrongType.code).toBe('unsupported_media_type');
    await recruiter.expect(400, 'POST', '/api/jobs', { json: { text: '' } });
  });

  it('re-plans from edited requirements, keeping ids and giving new ones the next', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const [first] = job.job.requirements;
    const updated = await recruiter.expect(200, 'PUT', `/api/jobs/${job.id}/requirements`, {
      json: {
        requirements: [
          { id: first.id, text: first.text, priority: 'must' },
          { text: 'Experience running Rust services in production.', priority: 'must' },
          { text: 'Speaks Portuguese.', priority: 'nice' },
        ],
      },
    });
    const highest = Math.max(
      ...job.job.requirements.map((requirement: { id: string }) => Number(requirement.id.slice(1))),
    );
    expect(updated.job.requirements.map((requirement: { id: string }) => requirement.id)).toEqual([
      first.id,
      `R${highest + 1}`,
      `R${highest + 2}`,
    ]);
    expect(updated.job.requirements[1].keywords).toContain('rust');
    const tested = new Set(
      updated.plan.questions.flatMap((question: { requirementIds: string[] }) => question.requirementIds),
    );
    expect(tested.has(`R${highest + 1}`)).toBe(true);
    expect(await recruiter.expect(200, 'GET', `/api/jobs/${job.id}`)).toEqual(updated);
    await recruiter.expect(400, 'PUT', `/api/jobs/${job.id}/requirements`, { json: { requirements: [] } });
  });

  it('stores an edited plan, and refuses one that does not validate or tests unknown requirements', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const plan = { ...job.plan, questions: job.plan.questions.slice(0, 2) };
    plan.questions[0] = {
      ...plan.questions[0],
      text: 'Walk me through the last payment outage you handled.',
    };
    const updated = await recruiter.expect(200, 'PUT', `/api/jobs/${job.id}/plan`, { json: { plan } });
    expect(updated.plan.questions).toHaveLength(2);
    expect(updated.plan.questions[0].text).toBe('Walk me through the last payment outage you handled.');

    const invalid = await recruiter.expect(400, 'PUT', `/api/jobs/${job.id}/plan`, {
      json: { plan: { ...plan, questions: [{ ...plan.questions[0], text: '' }] } },
    });
    expect(invalid.field).toBe('plan.questions[0].text');
    const unknown = await recruiter.expect(400, 'PUT', `/api/jobs/${job.id}/plan`, {
      json: {
        plan: {
          ...plan,
          requirements: [],
          questions: [{ ...plan.questions[0], requirementIds: ['R99'] }],
        },
      },
    });
    expect(unknown.detail).toContain('R99');
    expect((await recruiter.expect(200, 'GET', `/api/jobs/${job.id}`)).plan).toEqual(updated.plan);
  });

  it('answers 404 for a job that does not exist', async () => {
    expect(await recruiter.expect(404, 'GET', '/api/jobs/nope')).toMatchObject({
      code: 'not_found',
      status: 404,
    });
  });
});
