import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { TPdfRenderer } from '../../adapters/render-pdf.js';
import type { TFairQueue } from '../../adapters/workers/create-fair-queue.js';
import { createInterviewLink } from '../../app/web/create-interview-link.js';
import { deleteCandidate } from '../../app/web/delete-candidate.js';
import { exportCandidate } from '../../app/web/export-candidate.js';
import { findReport } from '../../app/web/find-report.js';
import { getCandidate } from '../../app/web/get-candidate.js';
import { listDecisions } from '../../app/web/list-decisions.js';
import { recordDecision } from '../../app/web/record-decision.js';
import { retryEvaluation } from '../../app/web/retry-evaluation.js';
import { revokeInterviewLink } from '../../app/web/revoke-interview-link.js';
import type { TWebContext } from '../../app/web/web-context.js';
import {
  ZCandidateDetail,
  ZCreateLinkBody,
  ZDecision,
  ZDecisionBody,
  ZDecisionList,
  ZInterviewLink,
} from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { REPORT_FORMAT_FILES, renderReport } from '../../core/report/render-report.js';
import { jsonContent, problems } from '../openapi-helpers.js';
import { actorOf, type TServerEnv } from '../server-env.js';

const tags = ['Candidates'];
const ZIdParams = z.object({ id: z.string() });

const getCandidateRoute = createRoute({
  method: 'get',
  path: '/api/candidates/{id}',
  tags,
  summary: "A candidate: the resume's extracted claims, the transcript so far, the report once evaluated",
  request: { params: ZIdParams },
  responses: { 200: jsonContent(ZCandidateDetail, 'The candidate'), ...problems(401, 404) },
});

const retryEvaluationRoute = createRoute({
  method: 'post',
  path: '/api/candidates/{id}/evaluation/retry',
  tags,
  summary: "Run a candidate's failed evaluation again (all its attempts, a new deadline)",
  request: { params: ZIdParams },
  responses: {
    200: jsonContent(ZCandidateDetail, 'The candidate, evaluation queued'),
    ...problems(401, 403, 404, 409),
  },
});

const createLinkRoute = createRoute({
  method: 'post',
  path: '/api/candidates/{id}/invitation',
  tags,
  summary: 'A fresh interview link for the candidate (an earlier one is revoked)',
  request: {
    params: ZIdParams,
    body: { ...jsonContent(ZCreateLinkBody, 'How long the link works'), required: false },
  },
  responses: { 201: jsonContent(ZInterviewLink, 'The link'), ...problems(400, 401, 403, 404) },
});

const revokeLinkRoute = createRoute({
  method: 'delete',
  path: '/api/candidates/{id}/invitation',
  tags,
  summary: "Revoke the candidate's interview link",
  request: { params: ZIdParams },
  responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404) },
});

const reportRoute = createRoute({
  method: 'get',
  path: '/api/candidates/{id}/report',
  tags,
  summary:
    'The evaluation report as a download: Markdown, JSON, HTML or PDF (PDF needs Chromium on the server)',
  request: {
    params: ZIdParams,
    query: z.object({ format: z.enum(['markdown', 'json', 'html', 'pdf']).default('markdown') }),
  },
  responses: {
    200: {
      description: 'The report',
      content: {
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
        'application/pdf': { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    ...problems(400, 401, 404, 501),
    409: {
      content: { 'application/problem+json': { schema: z.any() } },
      description: 'Not evaluated yet (code not_ready)',
    },
  },
});

const decisionRoute = createRoute({
  method: 'post',
  path: '/api/candidates/{id}/decision',
  tags,
  summary:
    "Record a human decision with a reason; one that differs from the AI's recommendation is an override",
  request: { params: ZIdParams, body: { ...jsonContent(ZDecisionBody, 'The decision'), required: true } },
  responses: { 201: jsonContent(ZDecision, 'The decision as recorded'), ...problems(400, 401, 403, 404) },
});

const decisionsRoute = createRoute({
  method: 'get',
  path: '/api/candidates/{id}/decisions',
  tags,
  summary: 'Every decision on the candidate, oldest first (the audit trail)',
  request: { params: ZIdParams },
  responses: { 200: jsonContent(ZDecisionList, 'The decisions'), ...problems(401, 404) },
});

const deleteCandidateRoute = createRoute({
  method: 'delete',
  path: '/api/candidates/{id}',
  tags,
  summary:
    'Erase a candidate for good: resume, interview, report, events, links, decisions and queue rows (owners and admins); an audit event without candidate text remains',
  request: { params: ZIdParams },
  responses: { 204: { description: 'Erased' }, ...problems(401, 403, 404) },
});

const exportCandidateRoute = createRoute({
  method: 'get',
  path: '/api/candidates/{id}/export',
  tags,
  summary:
    'Everything kept about a candidate as one JSON document, for an access request (without link tokens)',
  request: { params: ZIdParams },
  responses: {
    200: {
      description: 'The export (a download)',
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
    ...problems(401, 404),
  },
});

/** A file name from the candidate's name: letters, digits and dashes. */
function downloadName(name: string | null, extension: string): string {
  const slug = (name ?? 'candidate')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'candidate'}-report${extension}`;
}

export type TCandidateRoutesOptions = {
  context: TWebContext;
  renderPdf: TPdfRenderer | undefined;
  /** PDF renders, queued per organisation (one organisation's downloads never hold up another's). */
  pdfQueue: TFairQueue;
};

export function registerCandidateRoutes(
  app: OpenAPIHono<TServerEnv>,
  { context, renderPdf, pdfQueue }: TCandidateRoutesOptions,
) {
  app.openapi(getCandidateRoute, async (c) =>
    c.json(
      await getCandidate(context, actorOf(c), {
        candidateId: c.req.valid('param').id,
        origin: c.get('origin'),
      }),
      200,
    ),
  );

  app.openapi(retryEvaluationRoute, async (c) => {
    const actor = actorOf(c);
    const candidateId = c.req.valid('param').id;
    await retryEvaluation(context, actor, candidateId);
    return c.json(await getCandidate(context, actor, { candidateId, origin: c.get('origin') }), 200);
  });

  app.openapi(deleteCandidateRoute, async (c) => {
    await deleteCandidate(context, actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(exportCandidateRoute, async (c) => {
    const exported = await exportCandidate(context, actorOf(c), c.req.valid('param').id);
    c.header(
      'content-disposition',
      `attachment; filename="${downloadName(exported.candidate.name, '.json').replace(/-report\.json$/, '-data.json')}"`,
    );
    return c.json(exported as unknown as Record<string, unknown>, 200);
  });

  app.openapi(createLinkRoute, async (c) => {
    const body = ZCreateLinkBody.parse(
      c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {},
    );
    const link = await createInterviewLink(context, actorOf(c), {
      candidateId: c.req.valid('param').id,
      expiresInDays: body.expiresInDays,
      origin: c.get('origin'),
    });
    return c.json(link, 201);
  });

  app.openapi(revokeLinkRoute, async (c) => {
    await revokeInterviewLink(context, actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(reportRoute, async (c) => {
    const { format } = c.req.valid('query');
    const actor = actorOf(c);
    const report = await findReport(context, actor, c.req.valid('param').id);
    if (format === 'pdf') {
      if (renderPdf === undefined) {
        throw new CandorError(
          'not_implemented',
          'PDF needs Chromium installed on the server (/usr/bin/chromium). Download HTML and print it instead.',
        );
      }
      const html = renderReport(report, 'html');
      const pdf = await pdfQueue.run(actor.organisationId, () => renderPdf(html));
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${downloadName(report.candidate.name, '.pdf')}"`,
      });
    }
    const { extension, mediaType } = REPORT_FORMAT_FILES[format];
    return c.body(renderReport(report, format), 200, {
      'content-type': mediaType,
      'content-disposition': `attachment; filename="${downloadName(report.candidate.name, extension)}"`,
    });
  });

  app.openapi(decisionRoute, async (c) => {
    const body = c.req.valid('json');
    const decision = await recordDecision(context, actorOf(c), {
      candidateId: c.req.valid('param').id,
      ...body,
    });
    return c.json(decision, 201);
  });

  app.openapi(decisionsRoute, async (c) =>
    c.json({ decisions: await listDecisions(context, actorOf(c), c.req.valid('param').id) }, 200),
  );
}
