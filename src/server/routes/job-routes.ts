import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addCandidates } from '../../app/web/add-candidates.js';
import { compareCandidates } from '../../app/web/compare-candidates.js';
import { createJob } from '../../app/web/create-job.js';
import { deleteJob } from '../../app/web/delete-job.js';
import { getJob } from '../../app/web/get-job.js';
import { listCandidates } from '../../app/web/list-candidates.js';
import { listJobs } from '../../app/web/list-jobs.js';
import { updatePlan } from '../../app/web/update-plan.js';
import { updateRequirements } from '../../app/web/update-requirements.js';
import type { TWebContext } from '../../app/web/web-context.js';
import {
  ZCandidateList,
  ZComparison,
  ZComparisonQuery,
  ZCreateJobBody,
  ZJobDetail,
  ZJobList,
  ZUpdatePlanBody,
  ZUpdateRequirementsBody,
  ZUploadCandidatesResult,
} from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { ZInterviewLanguage } from '../../core/plan/interview-plan.js';
import { jsonContent, problems } from '../openapi-helpers.js';
import { actorOf, type TServerEnv } from '../server-env.js';
import { uploadedFiles } from './upload-files.js';

const tags = ['Jobs'];
const ZIdParams = z.object({ id: z.string() });
const ZFile = z.any().meta({ type: 'string', format: 'binary' });

const listJobsRoute = createRoute({
  method: 'get',
  path: '/api/jobs',
  tags,
  summary: "Your organisation's jobs, newest first",
  responses: { 200: jsonContent(ZJobList, 'The jobs'), ...problems(401) },
});

const createJobRoute = createRoute({
  method: 'post',
  path: '/api/jobs',
  tags,
  summary:
    'Create a job from a pasted or uploaded description: requirements are extracted and an interview planned',
  request: {
    body: {
      content: {
        'application/json': { schema: ZCreateJobBody },
        'multipart/form-data': {
          schema: z.object({
            file: ZFile,
            title: z.string().max(200).optional(),
            language: ZInterviewLanguage.optional(),
          }),
        },
      },
      description:
        'Pasted text (JSON), or a file: PDF, Word (.docx), Markdown, text or schema.org JobPosting JSON',
    },
  },
  responses: { 201: jsonContent(ZJobDetail, 'The job'), ...problems(400, 401, 403, 413, 415, 422) },
});

const getJobRoute = createRoute({
  method: 'get',
  path: '/api/jobs/{id}',
  tags,
  summary: 'A job with its requirements and interview plan',
  request: { params: ZIdParams },
  responses: { 200: jsonContent(ZJobDetail, 'The job'), ...problems(401, 404) },
});

const deleteJobRoute = createRoute({
  method: 'delete',
  path: '/api/jobs/{id}',
  tags,
  summary: 'Delete a job and erase all its candidates (owners and admins)',
  request: { params: ZIdParams },
  responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404) },
});

const updateRequirementsRoute = createRoute({
  method: 'put',
  path: '/api/jobs/{id}/requirements',
  tags,
  summary: 'Replace the requirements with edited ones; the plan is made again from them',
  request: {
    params: ZIdParams,
    body: { ...jsonContent(ZUpdateRequirementsBody, 'The requirements'), required: true },
  },
  responses: { 200: jsonContent(ZJobDetail, 'The job'), ...problems(400, 401, 403, 404) },
});

const updatePlanRoute = createRoute({
  method: 'put',
  path: '/api/jobs/{id}/plan',
  tags,
  summary: 'Replace the interview plan with an edited one (candidates get it without resume questions)',
  request: { params: ZIdParams, body: { ...jsonContent(ZUpdatePlanBody, 'The plan'), required: true } },
  responses: { 200: jsonContent(ZJobDetail, 'The job'), ...problems(400, 401, 403, 404, 422) },
});

const listCandidatesRoute = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/candidates',
  tags: ['Candidates'],
  summary: "A job's candidates with live status (poll it)",
  request: { params: ZIdParams },
  responses: { 200: jsonContent(ZCandidateList, 'The candidates'), ...problems(401, 404) },
});

const addCandidatesRoute = createRoute({
  method: 'post',
  path: '/api/jobs/{id}/candidates',
  tags: ['Candidates'],
  summary: 'Add candidates: one resume per file, many files at once; unreadable files are listed, not stored',
  request: {
    params: ZIdParams,
    body: {
      content: { 'multipart/form-data': { schema: z.object({ files: z.union([z.array(ZFile), ZFile]) }) } },
      required: true,
    },
  },
  responses: {
    201: jsonContent(ZUploadCandidatesResult, 'The candidates created and the files refused'),
    ...problems(401, 403, 404, 413, 415, 422),
  },
});

const comparisonRoute = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/comparison',
  tags: ['Candidates'],
  summary: "A job's candidates side by side: requirement coverage, must-haves met, red flags",
  request: { params: ZIdParams, query: ZComparisonQuery },
  responses: { 200: jsonContent(ZComparison, 'The comparison'), ...problems(400, 401, 404) },
});

export function registerJobRoutes(app: OpenAPIHono<TServerEnv>, { context }: { context: TWebContext }) {
  app.openapi(listJobsRoute, async (c) => c.json({ jobs: await listJobs(context, actorOf(c)) }, 200));

  app.openapi(createJobRoute, async (c) => {
    const actor = actorOf(c);
    const contentType = c.req.header('content-type') ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      const form = c.req.valid('form');
      const [file] = await uploadedFiles('file' in form ? form.file : undefined, 'file');
      if (file === undefined)
        throw new CandorError('unsupported_media_type', 'Send the file in the "file" field.');
      const title = typeof form.title === 'string' ? form.title : undefined;
      const language = 'language' in form && typeof form.language === 'string' ? form.language : undefined;
      const job = await createJob(context, actor, {
        source: { kind: 'file', bytes: file.bytes, fileName: file.fileName },
        ...(title === undefined ? {} : { title }),
        ...(language === undefined ? {} : { language }),
      });
      return c.json(job, 201);
    }
    if (!/^application\/json/i.test(contentType)) {
      throw new CandorError(
        'unsupported_media_type',
        'Send the description as JSON {"text": …} or upload it as multipart/form-data with a "file" field.',
      );
    }
    const body = c.req.valid('json');
    if (!('text' in body))
      throw new CandorError('unsupported_media_type', 'Send the description as {"text": …}.');
    const job = await createJob(context, actor, {
      source: { kind: 'text', text: body.text },
      ...(body.title === undefined ? {} : { title: body.title }),
      ...(body.language === undefined ? {} : { language: body.language }),
    });
    return c.json(job, 201);
  });

  app.openapi(getJobRoute, async (c) =>
    c.json(await getJob(context, actorOf(c), c.req.valid('param').id), 200),
  );

  app.openapi(deleteJobRoute, async (c) => {
    await deleteJob(context, actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(updateRequirementsRoute, async (c) => {
    const { requirements } = c.req.valid('json');
    return c.json(await updateRequirements(context, actorOf(c), c.req.valid('param').id, requirements), 200);
  });

  app.openapi(updatePlanRoute, async (c) => {
    const { plan } = c.req.valid('json');
    return c.json(await updatePlan(context, actorOf(c), c.req.valid('param').id, plan), 200);
  });

  app.openapi(listCandidatesRoute, async (c) => {
    const candidates = await listCandidates(context, actorOf(c), {
      jobId: c.req.valid('param').id,
      origin: c.get('origin'),
    });
    return c.json({ candidates }, 200);
  });

  app.openapi(addCandidatesRoute, async (c) => {
    const actor = actorOf(c);
    const jobId = c.req.valid('param').id;
    const files = await uploadedFiles(c.req.valid('form').files, 'files');
    const result = await addCandidates(context, actor, { jobId, files, origin: c.get('origin') });
    if (result.created.length === 0) {
      const problems = result.rejected
        .map((rejected) => `${rejected.fileName}: ${rejected.problem}`)
        .join(' ');
      throw new CandorError('invalid_document', problems || 'No resume was sent.', { location: 'files' });
    }
    return c.json(result, 201);
  });

  app.openapi(comparisonRoute, async (c) => {
    const { sort } = c.req.valid('query');
    const comparison = await compareCandidates(context, actorOf(c), {
      jobId: c.req.valid('param').id,
      origin: c.get('origin'),
      ...(sort === undefined ? {} : { sort }),
    });
    return c.json(comparison, 200);
  });
}
