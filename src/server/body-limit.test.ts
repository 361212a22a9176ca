import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, signUpRecruiter, type TTestApp } from './__fixtures__/test-app.js';

/** A Request that notes whether anything read its body stream. */
function watchedRequest(url: string, init: RequestInit): { request: Request; bodyWasRead: () => boolean } {
  const request = new Request(url, init);
  const readBody = Object.getOwnPropertyDescriptor(Request.prototype, 'body')?.get;
  let wasRead = false;
  Object.defineProperty(request, 'body', {
    get() {
      wasRead = true;
      return readBody?.call(request);
    },
  });
  return { request, bodyWasRead: () => wasRead };
}

describe('request body limits', () => {
  let server: TTestApp;
  let token: string;
  beforeAll(async () => {
    server = await openTestApp('sqlite');
    const owner = await signUpRecruiter(server.app, {
      email: 'limits@example.com',
      organisationName: 'Acme',
    });
    token = (await owner.expect(201, 'POST', '/api/tokens', { json: { name: 'probe' } })).token;
  });
  afterAll(() => server.dispose());

  it("never reads a GET's body stream", async () => {
    for (const headers of [{ authorization: `Bearer ${token}` }, {}] as Record<string, string>[]) {
      const { request, bodyWasRead } = watchedRequest('http://localhost/api/jobs', { headers });
      const response = await server.app.fetch(request);
      expect(response.status).toBe(headers.authorization === undefined ? 401 : 200);
      expect(bodyWasRead()).toBe(false);
    }
  });

  it('still answers 413 problem+json to a POST over the limit, declared or streamed', async () => {
    const tooLarge = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024 + 10) });
    const streamed = await server.app.request('/api/jobs', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: tooLarge,
    });
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ code: 'payload_too_large' });

    // Over a socket, with the size declared: refused before the body is read.
    const http = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await new Promise((resolve) => http.once('listening', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const outgoing = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/jobs',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'content-length': String(3 * 1024 * 1024),
            },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode);
            outgoing.destroy();
          },
        );
        outgoing.on('error', reject);
        outgoing.write('{"text":"');
      });
      expect(status).toBe(413);
    } finally {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
