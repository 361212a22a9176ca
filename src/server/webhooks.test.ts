import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import { parseWebhookAllowList } from '../adapters/webhooks/parse-webhook-allow-list.js';
import { ZEvaluation } from '../core/evaluation.js';
import { ZWebhookPayload } from '../core/webhooks/webhook-payload.js';
import {
  completeInterview,
  createJobWithCandidate,
  EXAMPLE_RESUME_MD,
  filesForm,
  openTestApp,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';
import { startWebhookWorker } from './webhook-worker.js';

type TReceived = { path: string; headers: IncomingHttpHeaders; body: string };

/** A hiring system on 127.0.0.1: records every request; answers each with the next planned status (then 200). */
async function startReceiver(plan: number[] = []) {
  const received: TReceived[] = [];
  const server: Server = createHttpServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const status = plan.shift() ?? 200;
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(status === 200 ? 'ok' : 'the ATS is down for maintenance');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    port,
    url: `http://127.0.0.1:${port}/candor-hook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a receiver does (the README's snippet): recompute the HMAC over `${t}.${body}` and compare in constant time. */
function verifySignature(secret: string, header: string | undefined, body: string): number | undefined {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part) => part.split('=') as [string, string]),
  );
  const timestamp = Number(parts.t);
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? timestamp : undefined;
}

describe.each(TEST_DATABASE_KINDS)('webhooks on %s', (kind) => {
  let server: TTestApp;
  let owner: TestClient;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeEach(async () => {
    receiver = await startReceiver([500]);
    server = await openTestApp(kind, {
      webhooks: { allowList: parseWebhookAllowList('127.0.0.1/32'), random: () => 0.5 },
    });
    owner = await signUpRecruiter(server.app, { email: 'ada@example.com', name: 'Ada Owner' });
  });
  afterEach(async () => {
    await server.dispose();
    await receiver.close();
  });

  async function evaluate(candidateId: string) {
    const link = await owner.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, { json: {} });
    await completeInterview(new TestClient(server.app), link.token);
    // The report comes a second after the interview, so its event queues after interview.completed.
    server.clock.advance(1000);
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
  }

  it('delivers signed events, retries after a 500 with backoff, logs every delivery and redelivers on request', async () => {
    const created = await owner.expect(201, 'POST', '/api/webhooks', {
      json: { url: receiver.url, events: ['report.ready', 'interview.completed', 'decision.recorded'] },
    });
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(created.events).toEqual(['interview.completed', 'report.ready', 'decision.recorded']);
    // The secret is shown once: the list does not carry it.
    const listed = await owner.expect(200, 'GET', '/api/webhooks');
    expect(listed.webhooks).toHaveLength(1);
    expect(listed.webhooks[0].secret).toBeUndefined();

    const { candidateId } = await createJobWithCandidate(owner);
    await evaluate(candidateId);
    const webhooks = startWebhookWorker(server.context, { isPolling: false });

    // interview.completed meets the 500; report.ready goes through.
    const first = await webhooks.runOnce();
    expect(first.map((item) => [item.event, item.status, item.responseStatus])).toEqual([
      ['interview.completed', 'pending', 500],
      ['report.ready', 'succeeded', 200],
    ]);
    expect(receiver.received).toHaveLength(2);
    for (const request of receiver.received) {
      expect(request.path).toBe('/candor-hook');
      expect(request.headers['content-type']).toBe('application/json');
      // Every body follows the published payload schema.
      expect(ZWebhookPayload.safeParse(JSON.parse(request.body)).success).toBe(true);
      const timestamp = verifySignature(
        created.secret,
        request.headers['candor-signature'] as string,
        request.body,
      );
      expect(timestamp).toBe(Math.floor(server.clock.now().getTime() / 1000));
      // A tampered body does not verify.
      expect(
        verifySignature(created.secret, request.headers['candor-signature'] as string, `${request.body} `),
      ).toBeUndefined();
      expect(
        verifySignature('whsec_another', request.headers['candor-signature'] as string, request.body),
      ).toBeUndefined();
    }
    const completed = JSON.parse(receiver.received[0]!.body);
    expect(completed).toMatchObject({
      type: 'interview.completed',
      data: { candidate: { id: candidateId, name: 'Priya Raman' } },
    });
    expect(receiver.received[0]!.headers['candor-event']).toBe('interview.completed');
    const ready = JSON.parse(receiver.received[1]!.body);
    expect(ready.type).toBe('report.ready');
    // The report follows the report's JSON schema, and is the candidate's.
    const report = ZEvaluation.parse(ready.data.report);
    const detail = await owner.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(report.recommendation).toBe(detail.recommendation);
    expect(report.candidate.name).toBe('Priya Raman');

    // The retry is not due yet (30 s backoff, jitter 0.5 → 22.5 s): nothing is sent.
    server.clock.advance(20_000);
    expect(await webhooks.runOnce()).toEqual([]);
    server.clock.advance(5_000);
    const retry = await webhooks.runOnce();
    expect(retry.map((item) => [item.event, item.status, item.responseStatus])).toEqual([
      ['interview.completed', 'succeeded', 200],
    ]);
    expect(receiver.received).toHaveLength(3);
    expect(JSON.parse(receiver.received[2]!.body).id).toBe(completed.id);
    expect(
      verifySignature(
        created.secret,
        receiver.received[2]!.headers['candor-signature'] as string,
        receiver.received[2]!.body,
      ),
    ).toBe(Math.floor(server.clock.now().getTime() / 1000));

    // The decision goes out too.
    await owner.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'advance', reason: 'Strong, measured answers on every must-have.' },
    });
    await webhooks.runOnce();
    const decision = JSON.parse(receiver.received[3]!.body);
    expect(decision).toMatchObject({
      type: 'decision.recorded',
      data: { candidate: { id: candidateId }, decision: { decision: 'advance', decidedBy: 'Ada Owner' } },
    });

    // The log: newest first, with status, attempts, response code and the 500's error.
    const log = await owner.expect(200, 'GET', `/api/webhooks/${created.id}/deliveries`);
    expect(log.deliveries.map((item: { event: string }) => item.event)).toEqual([
      'decision.recorded',
      'report.ready',
      'interview.completed',
    ]);
    const retried = log.deliveries[2];
    expect(retried).toMatchObject({ status: 'succeeded', attempts: 2, responseStatus: 200, error: null });
    expect(typeof retried.durationMs).toBe('number');
    expect((await owner.expect(200, 'GET', '/api/webhooks')).webhooks[0].lastDeliveryStatus).toBe(
      'succeeded',
    );

    // Redelivery: the same event id and body, a new delivery in the log.
    const again = await owner.expect(
      201,
      'POST',
      `/api/webhook-deliveries/${log.deliveries[1].id}/redeliver`,
    );
    expect(again).toMatchObject({ status: 'pending', attempts: 0, eventId: ready.id });
    await owner.expect(409, 'POST', `/api/webhook-deliveries/${again.id}/redeliver`);
    await webhooks.runOnce();
    expect(receiver.received).toHaveLength(5);
    expect(receiver.received[4]!.body).toBe(receiver.received[1]!.body);
    expect(
      (await owner.expect(200, 'GET', `/api/webhooks/${created.id}/deliveries`)).deliveries,
    ).toHaveLength(4);

    // Deleted: its log goes and nothing more is sent.
    await owner.expect(204, 'DELETE', `/api/webhooks/${created.id}`);
    await owner.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'hold', reason: 'Waiting for the second round.' },
    });
    expect(await webhooks.runOnce()).toEqual([]);
    expect(receiver.received).toHaveLength(5);
    await webhooks.stop();
  });

  it('marks a delivery failed once its attempts are used up, with the error in the log', async () => {
    await server.dispose();
    await receiver.close();
    receiver = await startReceiver([503, 503, 503]);
    server = await openTestApp(kind, {
      webhooks: { allowList: parseWebhookAllowList('127.0.0.1'), random: () => 0, maxAttempts: 3 },
    });
    owner = await signUpRecruiter(server.app, { email: 'ada@example.com', name: 'Ada Owner' });
    const created = await owner.expect(201, 'POST', '/api/webhooks', {
      json: { url: receiver.url, events: ['decision.recorded'] },
    });
    const { candidateId } = await createJobWithCandidate(owner);
    await owner.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'hold', reason: 'Not interviewed yet.' },
    });
    const webhooks = startWebhookWorker(server.context, { isPolling: false });
    const statuses: (string | undefined)[] = [];
    for (let turn = 0; turn < 3; turn++) {
      const [item] = await webhooks.runOnce();
      statuses.push(item?.status);
      server.clock.advance(24 * 60 * 60_000);
    }
    expect(statuses).toEqual(['pending', 'pending', 'failed']);
    expect(await webhooks.runOnce()).toEqual([]);
    const [delivery] = (await owner.expect(200, 'GET', `/api/webhooks/${created.id}/deliveries`)).deliveries;
    expect(delivery).toMatchObject({
      status: 'failed',
      attempts: 3,
      maxAttempts: 3,
      responseStatus: 503,
      error: 'HTTP 503: the ATS is down for maintenance',
      nextAttemptAt: null,
    });
    await webhooks.stop();
  });

  it('erases a candidate’s queued and logged deliveries with the candidate', async () => {
    const created = await owner.expect(201, 'POST', '/api/webhooks', {
      json: { url: receiver.url, events: ['decision.recorded'] },
    });
    const { candidateId, jobId } = await createJobWithCandidate(owner);
    const other = await owner.expect(201, 'POST', `/api/jobs/${jobId}/candidates`, {
      form: filesForm('files', [{ name: 'second.md', bytes: EXAMPLE_RESUME_MD }]),
    });
    for (const id of [candidateId, other.created[0].id]) {
      await owner.expect(201, 'POST', `/api/candidates/${id}/decision`, {
        json: { decision: 'hold', reason: 'Not interviewed yet.' },
      });
    }
    expect(
      (await owner.expect(200, 'GET', `/api/webhooks/${created.id}/deliveries`)).deliveries,
    ).toHaveLength(2);
    await owner.expect(204, 'DELETE', `/api/candidates/${candidateId}`);
    const left = (await owner.expect(200, 'GET', `/api/webhooks/${created.id}/deliveries`)).deliveries;
    expect(left).toHaveLength(1);
    const remaining = await server.database.db.selectFrom('webhook_deliveries').select('payload').execute();
    expect(remaining.map((row) => JSON.parse(row.payload).data.candidate.id)).toEqual([other.created[0].id]);
  });

  it('documents the webhook and CSV endpoints in the OpenAPI document', async () => {
    const document = (await (await server.app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    for (const path of [
      '/api/webhooks',
      '/api/webhooks/{id}',
      '/api/webhooks/{id}/deliveries',
      '/api/webhook-deliveries/{id}/redeliver',
      '/api/jobs/{id}/candidates.csv',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
    expect(document.paths['/api/webhooks']?.post?.responses['201']).toBeDefined();
  });

  it('lets only admins and the owner manage webhooks, and only their own organisation’s', async () => {
    const invitation = await owner.expect(201, 'POST', '/api/invitations', {
      json: { email: 'mo@example.com' },
    });
    const member = await signUpRecruiter(server.app, {
      email: 'mo@example.com',
      invitationToken: new URL(invitation.url).searchParams.get('invitation') ?? '',
    });
    const refused = await member.expect(403, 'POST', '/api/webhooks', {
      json: { url: receiver.url, events: ['report.ready'] },
    });
    expect(refused.detail).toContain('manage webhooks');
    await member.expect(403, 'GET', '/api/webhooks');
    const created = await owner.expect(201, 'POST', '/api/webhooks', {
      json: { url: receiver.url, events: ['report.ready'] },
    });
    const stranger = await signUpRecruiter(server.app, {
      email: 'eve@example.org',
      organisationName: 'Other',
    });
    expect((await stranger.expect(200, 'GET', '/api/webhooks')).webhooks).toEqual([]);
    await stranger.expect(404, 'GET', `/api/webhooks/${created.id}/deliveries`);
    await stranger.expect(404, 'DELETE', `/api/webhooks/${created.id}`);
    for (let count = 1; count < 20; count++) {
      await owner.expect(201, 'POST', '/api/webhooks', {
        json: { url: `${receiver.url}/${count}`, events: ['report.ready'] },
      });
    }
    const tooMany = await owner.expect(409, 'POST', '/api/webhooks', {
      json: { url: receiver.url, events: ['report.ready'] },
    });
    expect(tooMany.detail).toContain('at most 20 webhooks');
    await owner.expect(400, 'POST', '/api/webhooks', { json: { url: receiver.url, events: [] } });
    await owner.expect(400, 'POST', '/api/webhooks', {
      json: { url: receiver.url, events: ['report.deleted'] },
    });
  });
});

describe('webhook targets', () => {
  let server: TTestApp | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await server?.dispose();
    await receiver.close();
  });

  it('refuses loopback, private, link-local and metadata targets by default, naming why', async () => {
    server = await openTestApp('sqlite');
    const owner = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const refusals: [string, string][] = [
      [receiver.url, 'loopback'],
      [`http://localhost:${receiver.port}/`, 'loopback'],
      ['http://[::1]/hook', 'loopback'],
      ['http://[::ffff:127.0.0.1]/hook', 'loopback'],
      ['http://10.1.2.3/hook', 'private'],
      ['https://192.168.0.10/hook', 'private'],
      ['http://169.254.169.254/latest/meta-data', 'metadata'],
      ['http://0.0.0.0:8080/', 'reserved'],
      ['ftp://files.example.com/hook', 'https://'],
      ['https://user:pass@ats.example.com/hook', 'user name or password'],
      ['not a url', 'not a URL'],
    ];
    for (const [url, reason] of refusals) {
      const problem = await owner.expect(400, 'POST', '/api/webhooks', {
        json: { url, events: ['report.ready'] },
      });
      expect(problem.code, url).toBe('invalid_argument');
      expect(problem.field, url).toBe('url');
      expect(problem.detail, url).toContain(reason);
    }
    expect((await owner.expect(200, 'GET', '/api/webhooks')).webhooks).toEqual([]);
  });

  it('checks the address a name resolves to, before every delivery, and connects to the checked address', async () => {
    let answer = '93.184.216.34';
    const resolved: string[] = [];
    server = await openTestApp('sqlite', {
      webhooks: {
        allowList: parseWebhookAllowList('public 127.0.0.1/32'),
        resolve: async (hostname) => {
          resolved.push(hostname);
          if (hostname === 'ats.example.com') return [answer];
          if (hostname === 'inside.example.com') return ['10.0.0.7'];
          if (hostname === 'receiver.test') return ['127.0.0.1'];
          throw new Error(`getaddrinfo ENOTFOUND ${hostname}`);
        },
      },
    });
    const owner = await signUpRecruiter(server.app, { email: 'ada@example.com', name: 'Ada Owner' });
    const inside = await owner.expect(400, 'POST', '/api/webhooks', {
      json: { url: 'https://inside.example.com/hook', events: ['decision.recorded'] },
    });
    expect(inside.detail).toContain('inside.example.com (10.0.0.7) is a private address');
    const unknown = await owner.expect(400, 'POST', '/api/webhooks', {
      json: { url: 'https://nowhere.example.com/hook', events: ['decision.recorded'] },
    });
    expect(unknown.detail).toContain('cannot be resolved');

    // Public when created; rebound to loopback before the delivery: refused, nothing sent.
    const rebound = await owner.expect(201, 'POST', '/api/webhooks', {
      json: { url: 'http://ats.example.com/hook', events: ['decision.recorded'] },
    });
    // A name that only this resolver knows: the request reaches 127.0.0.1 with the name as its Host.
    const pinned = await owner.expect(201, 'POST', '/api/webhooks', {
      json: { url: `http://receiver.test:${receiver.port}/pinned`, events: ['decision.recorded'] },
    });
    answer = '127.0.0.2';
    const { candidateId } = await createJobWithCandidate(owner);
    await owner.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'hold', reason: 'Not interviewed yet.' },
    });
    const webhooks = startWebhookWorker(server.context, { isPolling: false });
    const outcome = await webhooks.runOnce();
    await webhooks.stop();
    expect(outcome).toHaveLength(2);
    const log = await owner.expect(200, 'GET', `/api/webhooks/${rebound.id}/deliveries`);
    expect(log.deliveries[0]).toMatchObject({ status: 'pending', responseStatus: null });
    expect(log.deliveries[0].error).toContain(
      'Refused: The webhook target ats.example.com (127.0.0.2) is a loopback address',
    );
    const sent = await owner.expect(200, 'GET', `/api/webhooks/${pinned.id}/deliveries`);
    expect(sent.deliveries[0]).toMatchObject({ status: 'succeeded', responseStatus: 200 });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({
      path: '/pinned',
      headers: { host: `receiver.test:${receiver.port}` },
    });
  });
});
