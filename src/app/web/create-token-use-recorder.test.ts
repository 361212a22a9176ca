import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openTestApp,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from '../../server/__fixtures__/test-app.js';

describe('API-token use', () => {
  let server: TTestApp;
  let script: TestClient;
  let tokenId: string;
  beforeAll(async () => {
    server = await openTestApp('sqlite');
    const owner = await signUpRecruiter(server.app, {
      email: 'tokens@example.com',
      organisationName: 'Acme',
    });
    const created = await owner.expect(201, 'POST', '/api/tokens', { json: { name: 'ATS sync' } });
    tokenId = created.id;
    script = new TestClient(server.app);
    script.bearer = created.token;
  });
  afterAll(() => server.dispose());

  const lastUsedAt = async () => {
    await server.context.tokenUses.settled();
    const row = await server.context.db
      .selectFrom('api_tokens')
      .select('last_used_at')
      .where('id', '=', tokenId)
      .executeTakeFirstOrThrow();
    return row.last_used_at;
  };

  it('is written at most once a minute per token, after the response', async () => {
    const start = server.clock.now().toISOString();
    expect(await lastUsedAt()).toBeNull();
    await script.expect(200, 'GET', '/api/jobs');
    expect(await lastUsedAt()).toBe(start);

    // Many reads within the minute (at 10, 20, … 59 s): no new write.
    for (const step of [10_000, 10_000, 10_000, 10_000, 10_000, 9_999]) {
      server.clock.advance(step);
      await script.expect(200, 'GET', '/api/jobs');
    }
    expect(await lastUsedAt()).toBe(start);

    server.clock.advance(1);
    const minuteLater = server.clock.now().toISOString();
    await script.expect(200, 'GET', '/api/me');
    expect(await lastUsedAt()).toBe(minuteLater);
  });

  it('is not written while the request is answered, only behind it', async () => {
    server.clock.advance(120_000);
    const before = await lastUsedAt();
    const response = await script.request('GET', '/api/jobs');
    // The response is complete; the write waits for the next turn of the event loop.
    expect(response.status).toBe(200);
    const row = await server.context.db
      .selectFrom('api_tokens')
      .select('last_used_at')
      .where('id', '=', tokenId)
      .executeTakeFirstOrThrow();
    expect(row.last_used_at).toBe(before);
    expect(await lastUsedAt()).toBe(server.clock.now().toISOString());
  });

  it('shows in the token list', async () => {
    const owner = await signUpRecruiter(server.app, {
      email: 'second@example.com',
      organisationName: 'Beta',
    });
    const created = await owner.expect(201, 'POST', '/api/tokens', { json: { name: 'reporting' } });
    const reader = new TestClient(server.app);
    reader.bearer = created.token;
    await reader.expect(200, 'GET', '/api/jobs');
    await server.context.tokenUses.settled();
    const listed = await owner.expect(200, 'GET', '/api/tokens');
    expect(listed.tokens.find((token: { id: string }) => token.id === created.id)?.lastUsedAt).toBe(
      server.clock.now().toISOString(),
    );
  });
});
