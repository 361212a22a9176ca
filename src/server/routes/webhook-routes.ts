import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { TWebContext } from '../../app/web/web-context.js';
import { createWebhook } from '../../app/webhooks/create-webhook.js';
import { deleteWebhook } from '../../app/webhooks/delete-webhook.js';
import { exportCandidatesCsv } from '../../app/webhooks/export-candidates-csv.js';
import { listWebhookDeliveries } from '../../app/webhooks/list-webhook-deliveries.js';
import { listWebhooks } from '../../app/webhooks/list-webhooks.js';
import { redeliverWebhook } from '../../app/webhooks/redeliver-webhook.js';
import {
  ZCreatedWebhook,
  ZCreateWebhookBody,
  ZWebhookDelivery,
  ZWebhookDeliveryList,
  ZWebhookList,
} from '../../contract/webhook-schemas.js';
import { jsonContent, problems } from '../openapi-helpers.js';
import { actorOf, type TServerEnv } from '../server-env.js';

const tags = ['Integrations'];
const ZIdParams = z.object({ id: z.string() });

const listWebhooksRoute = createRoute({
  method: 'get',
  path: '/api/webhooks',
  tags,
  summary: "Your organisation's webhooks, with their latest delivery's status (admins and the owner)",
  responses: { 200: jsonContent(ZWebhookList, 'The webhooks'), ...problems(401, 403) },
});

const createWebhookRoute = createRoute({
  method: 'post',
  path: '/api/webhooks',
  tags,
  summary:
    'Subscribe a URL to interview.completed, report.ready and/or decision.recorded (admins and the owner). The target is checked against CANDOR_WEBHOOK_ALLOW after DNS resolution; the signing secret is in the answer, shown once',
  request: { body: { ...jsonContent(ZCreateWebhookBody, 'The URL and the events'), required: true } },
  responses: {
    201: jsonContent(ZCreatedWebhook, 'The webhook and its signing secret (shown once)'),
    ...problems(400, 401, 403, 409),
  },
});

const deleteWebhookRoute = createRoute({
  method: 'delete',
  path: '/api/webhooks/{id}',
  tags,
  summary: 'Delete a webhook and its delivery log (admins and the owner)',
  request: { params: ZIdParams },
  responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404) },
});

const deliveriesRoute = createRoute({
  method: 'get',
  path: '/api/webhooks/{id}/deliveries',
  tags,
  summary:
    "A webhook's delivery log, newest first (the latest 50): status, attempts, response code, duration, error",
  request: { params: ZIdParams },
  responses: { 200: jsonContent(ZWebhookDeliveryList, 'The deliveries'), ...problems(401, 403, 404) },
});

const redeliverRoute = createRoute({
  method: 'post',
  path: '/api/webhook-deliveries/{id}/redeliver',
  tags,
  summary:
    'Send a delivered or failed event again, now: a new delivery with the same event id and body (admins and the owner)',
  request: { params: ZIdParams },
  responses: {
    201: jsonContent(ZWebhookDelivery, 'The new delivery, queued'),
    ...problems(401, 403, 404, 409),
  },
});

const candidatesCsvRoute = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/candidates.csv',
  tags,
  summary:
    "A job's candidates as CSV (a download): name, email, status, recommendation, must-haves met, red flags, decision, dates; formula-like cells prefixed with '",
  request: { params: ZIdParams },
  responses: {
    200: { description: 'The CSV', content: { 'text/csv': { schema: z.string() } } },
    ...problems(401, 404),
  },
});

/** Webhooks (subscriptions, delivery log, redelivery) and the candidates CSV of a job. */
export function registerWebhookRoutes(app: OpenAPIHono<TServerEnv>, { context }: { context: TWebContext }) {
  app.openapi(listWebhooksRoute, async (c) =>
    c.json({ webhooks: await listWebhooks(context, actorOf(c)) }, 200),
  );

  app.openapi(createWebhookRoute, async (c) =>
    c.json(await createWebhook(context, actorOf(c), c.req.valid('json')), 201),
  );

  app.openapi(deleteWebhookRoute, async (c) => {
    await deleteWebhook(context, actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(deliveriesRoute, async (c) =>
    c.json({ deliveries: await listWebhookDeliveries(context, actorOf(c), c.req.valid('param').id) }, 200),
  );

  app.openapi(redeliverRoute, async (c) =>
    c.json(await redeliverWebhook(context, actorOf(c), c.req.valid('param').id), 201),
  );

  app.openapi(candidatesCsvRoute, async (c) => {
    const exported = await exportCandidatesCsv(context, actorOf(c), c.req.valid('param').id);
    return c.body(exported.csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exported.fileName}"`,
    });
  });
}
