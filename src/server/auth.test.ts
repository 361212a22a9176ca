import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import {
  EXAMPLE_JOB,
  openTestApp,
  PASSWORD,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';

describe.each(TEST_DATABASE_KINDS)('auth on %s', (kind) => {
  let server: TTestApp;
  beforeEach(async () => {
    server = await openTestApp(kind);
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('signs the first user up as the owner of a new organisation, with an httpOnly SameSite cookie', async () => {
    const client = new TestClient(server.app);
    const response = await client.request('POST', '/api/auth/signup', {
      json: { email: 'Ada@Example.com', password: PASSWORD, name: 'Ada', organisationName: 'Lumen' },
    });
    expect(response.status).toBe(201);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^candor_session=[a-z2-7]{52};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const session = (await response.json()) as { csrfToken: string };
    expect(session).toMatchObject({
      user: { email: 'ada@example.com', name: 'Ada', role: 'owner' },
      organisation: { name: 'Lumen' },
    });
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
    client.csrfToken = session.csrfToken;
    expect(await client.expect(200, 'GET', '/api/me')).toEqual(session);
  });

  it('stores a scrypt hash, never the password, and only hashes of session tokens', async () => {
    const client = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const user = await server.database.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(user.password_hash).not.toContain(PASSWORD);
    const sessions = await server.database.db.selectFrom('web_sessions').selectAll().execute();
    const token = client.cookie?.split('=')[1] ?? '';
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions[0]?.token_hash).not.toBe(token);
  });

  it('refuses an email that is taken without saying it has an account, and a short or common password', async () => {
    await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const client = new TestClient(server.app);
    const taken = await client.expect(400, 'POST', '/api/auth/signup', {
      json: { email: 'ADA@example.com', password: PASSWORD, name: 'Ada' },
    });
    expect(taken).toMatchObject({ code: 'invalid_argument', field: 'email', status: 400 });
    // The one answer for any email that cannot sign up: it never says this one has an account.
    expect(taken.detail).toBe(
      'No account can be created with this email. If you already have one, sign in (or ask an admin of your organisation for a password reset link).',
    );
    expect(taken.detail).not.toMatch(/already (exists|has an account|signed up)|is taken/i);
    expect(client.cookie).toBeUndefined();
    for (const common of [
      'aaaaaaaaaa',
      'password12',
      'qwertyuiop1',
      'ada@example.com1'.replace('ada', 'bo'),
    ]) {
      const weak = await client.expect(400, 'POST', '/api/auth/signup', {
        json: { email: 'bo@example.com', password: common, name: 'Bo' },
      });
      expect(weak, common).toMatchObject({ code: 'invalid_argument', field: 'password' });
    }
    const short = await client.request('POST', '/api/auth/signup', {
      json: { email: 'bo@example.com', password: 'short', name: 'Bo' },
    });
    expect(short.status).toBe(400);
    expect(short.headers.get('content-type')).toBe('application/problem+json');
    expect(await short.json()).toMatchObject({ code: 'invalid_argument', field: 'password' });
  });

  it('signs in with the right password only, saying the same for an unknown email', async () => {
    await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const client = new TestClient(server.app);
    const wrong = await client.expect(401, 'POST', '/api/auth/signin', {
      json: { email: 'ada@example.com', password: 'not the password' },
    });
    const unknown = await client.expect(401, 'POST', '/api/auth/signin', {
      json: { email: 'nobody@example.com', password: PASSWORD },
    });
    expect(wrong.detail).toBe(unknown.detail);
    expect(client.cookie).toBeUndefined();
    const session = await client.expect(200, 'POST', '/api/auth/signin', {
      json: { email: 'ada@example.com', password: PASSWORD },
    });
    expect(session.user.email).toBe('ada@example.com');
    expect(client.cookie).toMatch(/^candor_session=/);
  });

  it('answers 401 without a session, and after signing out', async () => {
    expect(await new TestClient(server.app).expect(401, 'GET', '/api/jobs')).toMatchObject({
      code: 'unauthenticated',
    });
    const client = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const cookie = client.cookie;
    await client.expect(200, 'GET', '/api/jobs');
    await client.expect(204, 'POST', '/api/auth/signout');
    expect(client.cookie).toBeUndefined();
    client.cookie = cookie;
    await client.expect(401, 'GET', '/api/jobs');
  });

  it('expires sessions after 14 days', async () => {
    const client = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    server.clock.advance(13 * 86_400_000);
    await client.expect(200, 'GET', '/api/me');
    server.clock.advance(2 * 86_400_000);
    await client.expect(401, 'GET', '/api/me');
  });

  it('refuses a cookie-authenticated change without the CSRF token, or from another site', async () => {
    const client = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const withoutToken = await client.expect(403, 'POST', '/api/jobs', {
      json: { text: EXAMPLE_JOB },
      withoutCsrf: true,
    });
    expect(withoutToken.code).toBe('forbidden');
    await client.expect(403, 'POST', '/api/jobs', {
      json: { text: EXAMPLE_JOB },
      headers: { 'x-csrf-token': 'forged' },
      withoutCsrf: true,
    });
    await client.expect(403, 'POST', '/api/jobs', {
      json: { text: EXAMPLE_JOB },
      headers: { origin: 'https://evil.example' },
    });
    expect(await client.expect(200, 'GET', '/api/jobs')).toEqual({ jobs: [] });
    await client.expect(201, 'POST', '/api/jobs', {
      json: { text: EXAMPLE_JOB },
      headers: { origin: 'http://localhost' },
    });
  });

  it('lets scripts use API tokens without CSRF, lists them without secrets, and revokes them', async () => {
    const owner = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const created = await owner.expect(201, 'POST', '/api/tokens', { json: { name: 'ATS sync' } });
    expect(created.token).toMatch(/^candor_[a-z2-7]{52}$/);
    expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(90 * 86_400_000);
    const script = new TestClient(server.app);
    script.bearer = created.token;
    await script.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    expect((await script.expect(200, 'GET', '/api/jobs')).jobs).toHaveLength(1);
    const listed = await owner.expect(200, 'GET', '/api/tokens');
    expect(listed.tokens).toEqual([
      {
        id: created.id,
        name: 'ATS sync',
        createdAt: created.createdAt,
        lastUsedAt: expect.any(String),
        expiresAt: created.expiresAt,
        userName: 'Recruiter',
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    const stored = await server.database.db.selectFrom('api_tokens').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(created.token);

    await owner.expect(204, 'DELETE', `/api/tokens/${created.id}`);
    expect(await script.expect(401, 'GET', '/api/jobs')).toMatchObject({ code: 'unauthenticated' });
    await owner.expect(404, 'DELETE', `/api/tokens/${created.id}`);
    script.bearer = 'candor_notarealtoken';
    await script.expect(401, 'GET', '/api/jobs');
  });

  it('invites a colleague into the same organisation, once, for the invited email only', async () => {
    const owner = await signUpRecruiter(server.app, { email: 'ada@example.com', organisationName: 'Lumen' });
    const invitation = await owner.expect(201, 'POST', '/api/invitations', {
      json: { email: 'bo@example.com' },
    });
    expect(invitation.url).toMatch(/^http:\/\/localhost\/signup\?invitation=[a-z2-7]{52}$/);
    const token = new URL(invitation.url).searchParams.get('invitation') ?? '';

    const stranger = new TestClient(server.app);
    const mismatch = await stranger.expect(400, 'POST', '/api/auth/signup', {
      json: { email: 'eve@example.com', password: PASSWORD, name: 'Eve', invitationToken: token },
    });
    expect(mismatch.detail).toContain('bo@example.com');

    const colleague = await signUpRecruiter(server.app, { email: 'bo@example.com', invitationToken: token });
    expect(colleague.session.organisation).toEqual(owner.session.organisation);
    expect(colleague.session.user.role).toBe('member');
    const job = await owner.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    await colleague.expect(200, 'GET', `/api/jobs/${job.id}`);

    await stranger.expect(400, 'POST', '/api/auth/signup', {
      json: { email: 'bo2@example.com', password: PASSWORD, name: 'Bo', invitationToken: token },
    });
  });

  it('lets one of two sign-ups racing on one invitation join, and refuses the other with a 400', async () => {
    const owner = await signUpRecruiter(server.app, { email: 'ada@example.com', organisationName: 'Lumen' });
    const invitation = await owner.expect(201, 'POST', '/api/invitations', {
      json: { email: 'bo@example.com' },
    });
    const token = new URL(invitation.url).searchParams.get('invitation') ?? '';
    const signUp = () =>
      new TestClient(server.app).request('POST', '/api/auth/signup', {
        json: { email: 'bo@example.com', password: PASSWORD, name: 'Bo', invitationToken: token },
      });
    const answers = await Promise.all([signUp(), signUp()]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400]);
    const refused = answers.find((answer) => answer.status === 400);
    expect(await refused?.json()).toMatchObject({ code: 'invalid_argument' });
    const users = await server.database.db
      .selectFrom('users')
      .select(['organisation_id', 'role'])
      .where('email', '=', 'bo@example.com')
      .execute();
    expect(users).toEqual([{ organisation_id: owner.session.organisation.id, role: 'member' }]);
  });

  it('refuses an expired invitation', async () => {
    const owner = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const invitation = await owner.expect(201, 'POST', '/api/invitations', {
      json: { email: 'bo@example.com' },
    });
    server.clock.advance(8 * 86_400_000);
    const refused = await new TestClient(server.app).expect(400, 'POST', '/api/auth/signup', {
      json: {
        email: 'bo@example.com',
        password: PASSWORD,
        name: 'Bo',
        invitationToken: new URL(invitation.url).searchParams.get('invitation'),
      },
    });
    expect(refused.detail).toMatch(/expired/);
  });
});

describe.each(TEST_DATABASE_KINDS)('the default sign-up policy on %s', (kind) => {
  let server: TTestApp;
  beforeEach(async () => {
    server = await openTestApp(kind, { signUp: 'first' });
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('lets the first user create the organisation, then answers every other sign-up alike, taken email or not', async () => {
    const owner = await signUpRecruiter(server.app, { email: 'ada@example.com', organisationName: 'Lumen' });
    expect(owner.session.user.role).toBe('owner');

    const answers = [];
    for (const email of ['ada@example.com', 'nobody@example.com']) {
      const response = await new TestClient(server.app).request('POST', '/api/auth/signup', {
        json: { email, password: PASSWORD, name: 'Someone', organisationName: 'Elsewhere' },
      });
      answers.push({ status: response.status, body: (await response.json()) as { detail: string } });
    }
    expect(answers[0]?.status).toBe(403);
    expect(answers[0]?.body.detail).toMatch(/invitation/);
    // The same status and words for an email with an account and one without.
    expect(answers[1]).toEqual(answers[0]);
    const organisations = await server.database.db.selectFrom('organisations').select('id').execute();
    expect(organisations).toHaveLength(1);
  });

  it('still takes colleagues through their invitation', async () => {
    const owner = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const invitation = await owner.expect(201, 'POST', '/api/invitations', {
      json: { email: 'bo@example.com' },
    });
    const colleague = await signUpRecruiter(server.app, {
      email: 'bo@example.com',
      invitationToken: new URL(invitation.url).searchParams.get('invitation') ?? '',
    });
    expect(colleague.session.organisation).toEqual(owner.session.organisation);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 with Retry-After once an address or email has used its attempts', async () => {
    const server = await openTestApp('sqlite', { rateLimits: { signIn: { capacity: 3, perMinute: 1 } } });
    try {
      await signUpRecruiter(server.app, { email: 'ada@example.com' });
      const client = new TestClient(server.app);
      const attempt = () =>
        client.request('POST', '/api/auth/signin', {
          json: { email: 'ada@example.com', password: 'wrong password' },
        });
      expect((await attempt()).status).toBe(401);
      expect((await attempt()).status).toBe(401);
      const limited = await attempt();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ code: 'rate_limited' });
      // Even the right password waits: the limit is checked before the password.
      expect(
        (
          await client.request('POST', '/api/auth/signin', {
            json: { email: 'ada@example.com', password: PASSWORD },
          })
        ).status,
      ).toBe(429);
    } finally {
      await server.dispose();
    }
  });
});
