import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getAdverseImpact } from '../../app/web/get-adverse-impact.js';
import type { TWebContext } from '../../app/web/web-context.js';
import { ZAdverseImpactReport, ZImpactQuery } from '../../contract/api-schemas.js';
import { formatAdverseImpactCsv } from '../../core/fairness/format-adverse-impact-csv.js';
import { jsonContent, problems } from '../openapi-helpers.js';
import { actorOf, type TServerEnv } from '../server-env.js';

const tags = ['Fairness'];

const impactRoute = createRoute({
  method: 'get',
  path: '/api/impact',
  tags,
  summary:
    'Adverse impact (owners and admins): selection rates by sex, race/ethnicity and both, for the AI recommendation (Strongly Recommend or Recommend = selected) and for human decisions (advance = selected); impact ratios against the highest-rate group; under four fifths marked; groups under minGroupSize (default 5) suppressed. One job with jobId, else all jobs.',
  request: { query: ZImpactQuery },
  responses: { 200: jsonContent(ZAdverseImpactReport, 'The impact tables'), ...problems(400, 401, 403, 404) },
});

const impactCsvRoute = createRoute({
  method: 'get',
  path: '/api/impact/csv',
  tags,
  summary:
    'The same tables as a CSV in a bias-audit layout: scope, measure, dimension, category, candidates, selected, selection_rate, impact_ratio, below_four_fifths, suppressed',
  request: { query: ZImpactQuery },
  responses: {
    200: { description: 'The CSV', content: { 'text/csv': { schema: z.string() } } },
    ...problems(400, 401, 403, 404),
  },
});

/** "Nurse (nights)" → "nurse-nights" for a download's name. */
function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'job'
  );
}

/** The adverse-impact report (owners and admins): JSON for the page, CSV for an auditor. */
export function registerImpactRoutes(app: OpenAPIHono<TServerEnv>, { context }: { context: TWebContext }) {
  app.openapi(impactRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await getAdverseImpact(context, actorOf(c), {
        ...(query.jobId === undefined ? {} : { jobId: query.jobId }),
        ...(query.minGroupSize === undefined ? {} : { minGroupSize: query.minGroupSize }),
      }),
      200,
    );
  });

  app.openapi(impactCsvRoute, async (c) => {
    const query = c.req.valid('query');
    const report = await getAdverseImpact(context, actorOf(c), {
      ...(query.jobId === undefined ? {} : { jobId: query.jobId }),
      ...(query.minGroupSize === undefined ? {} : { minGroupSize: query.minGroupSize }),
    });
    const scope = report.job === null ? 'All jobs' : report.job.title;
    return c.body(formatAdverseImpactCsv(report, scope), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="adverse-impact-${report.job === null ? 'all-jobs' : slug(report.job.title)}.csv"`,
    });
  });
}
