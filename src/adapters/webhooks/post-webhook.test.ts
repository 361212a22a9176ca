import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWebhookAllowList } from './parse-webhook-allow-list.js';
import { postWebhook } from './post-webhook.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** A server on 127.0.0.1 that answers with `handle`; resolves to its base URL and the paths it saw. */
async function listen(handle: Parameters<typeof createServer>[1]) {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    handle?.(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

const allowLoopback = parseWebhookAllowList('127.0.0.1');

describe('postWebhook', () => {
  it('posts the body with its headers and reports a 2xx as delivered', async () => {
    let seen = { body: '', type: '', length: '' };
    const { base } = await listen((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        seen = {
          body,
          type: request.headers['content-type'] ?? '',
          length: request.headers['content-length'] ?? '',
        };
        response.writeHead(204).end();
      });
    });
    const body = JSON.stringify({ name: 'Zoë' });
    const result = await postWebhook({
      url: `${base}/hook`,
      body,
      headers: { 'content-type': 'application/json' },
      allowList: allowLoopback,
    });
    expect(result).toMatchObject({ status: 204, error: null });
    expect(seen).toEqual({ body, type: 'application/json', length: String(Buffer.byteLength(body)) });
  });

  it('does not follow a redirect: a 3xx is a failure and the Location is never requested', async () => {
    const target = await listen((_request, response) => {
      response.writeHead(307, { location: '/elsewhere' }).end();
    });
    const result = await postWebhook({
      url: `${target.base}/hook`,
      body: '{}',
      headers: {},
      allowList: allowLoopback,
    });
    expect(result).toMatchObject({ status: 307, error: 'Redirect to /elsewhere not followed' });
    expect(target.paths).toEqual(['/hook']);
  });

  it('gives up on a target that does not answer by the deadline', async () => {
    const target = await listen(() => {
      // Never answers.
    });
    const result = await postWebhook({
      url: `${target.base}/slow`,
      body: '{}',
      headers: {},
      allowList: allowLoopback,
      timeoutMs: 300,
    });
    expect(result).toMatchObject({ status: null, error: 'No answer within 300 ms' });
  });

  it('keeps the start of a failing answer for the log, and refuses a target outside the allow-list without connecting', async () => {
    const target = await listen((_request, response) => {
      response.writeHead(422, { 'content-type': 'text/plain' }).end(`unknown candidate\n${'x'.repeat(1000)}`);
    });
    const failed = await postWebhook({
      url: `${target.base}/hook`,
      body: '{}',
      headers: {},
      allowList: allowLoopback,
    });
    expect(failed.status).toBe(422);
    expect(failed.error?.startsWith('HTTP 422: unknown candidate xxx')).toBe(true);
    expect(failed.error?.length).toBeLessThanOrEqual(320);

    const refused = await postWebhook({
      url: `${target.base}/hook`,
      body: '{}',
      headers: {},
      allowList: parseWebhookAllowList(undefined),
    });
    expect(refused).toMatchObject({ status: null });
    expect(refused.error).toContain('Refused: The webhook target 127.0.0.1 is a loopback address');
    expect(target.paths).toEqual(['/hook']);
  });
});

describe('postWebhook over https', () => {
  it('connects to the checked address and names the URL’s host in TLS (SNI)', async () => {
    const names: string[] = [];
    const server = createTlsServer({
      SNICallback: (servername, callback) => {
        names.push(servername);
        callback(new Error('no certificate in this test'));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const result = await postWebhook({
        url: `https://ats.example.com:${port}/hook`,
        body: '{}',
        headers: {},
        allowList: parseWebhookAllowList('127.0.0.1'),
        resolve: async () => ['127.0.0.1'],
      });
      expect(result.status).toBeNull();
      expect(result.error).not.toBeNull();
      expect(names).toEqual(['ats.example.com']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
