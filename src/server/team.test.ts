import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import {
  createJobWithCandidate,
  openTestApp,
  PASSWORD,
  parseEvents,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';

const NEW_PASSWORD = 'violet kettle under seven lanterns';

describe.each(TEST_DATABASE_KINDS)('team and roles on %s', (kind) => {
  let server: TTestApp;
  let owner: Awaited<ReturnType<typeof signUpRecruiter>>;
  beforeEach(async () => {
    server = await openTestApp(kind, { liveIntervalMs: 20 });
    owner = await signUpRecruiter(server.app, { email: 'ada@example.com', name: 'Ada Owner' });
  });
  afterEach(async () => {
    await server.dispose();
  });

  async function join(email: string, name: string, by: TestClient = owner, role?: 'admin' | 'member') {
    const invitation = await by.expect(201, 'POST', '/api/invitations', {
      json: { email, ...(role === undefined ? {} : { role }) },
    });
    return signUpRecruiter(server.app, {
      email,
      name,
      invitationToken: new URL(invitation.url).searchParams.get('invitation') ?? '',
    });
  }

  async function signIn(email: string, password: string) {
    const client = new TestClient(server.app);
    const session = await client.expect(200, 'POST', '/api/auth/signin', { json: { email, password } });
    client.csrfToken = session.csrfToken;
    return client;
  }

  it('shows an invitation link its organisation, email and role before sign-up, and nothing once used', async () => {
    const invitation = await owner.expect(201, 'POST', '/api/invitations', {
      json: { email: 'sam@example.com' },
    });
    const token = new URL(invitation.url).searchParams.get('invitation') ?? '';
    const stranger = new TestClient(server.app);
    const organisation = (await owner.expect(200, 'GET', '/api/me')).organisation.name;
    expect(await stranger.expect(200, 'GET', `/api/invitations/${token}`)).toEqual({
      organisationName: organisation,
      email: 'sam@example.com',
      role: 'member',
      expiresAt: invitation.expiresAt,
    });
    await stranger.expect(404, 'GET', '/api/invitations/not-a-token');
    await signUpRecruiter(server.app, { email: 'sam@example.com', name: 'Sam', invitationToken: token });
    expect(await stranger.expect(409, 'GET', `/api/invitations/${token}`)).toMatchObject({
      detail: 'This invitation was already used. Sign in instead, or ask for a new one.',
    });
  });

  it('enforces roles on invitations and API tokens: a member can neither invite nor revoke the owner’s tokens', async () => {
    const admin = await join('al@example.com', 'Al Admin', owner, 'admin');
    expect(admin.session.user.role).toBe('admin');
    const member = await join('mo@example.com', 'Mo Member', admin);
    expect(member.session.user.role).toBe('member');
    expect(
      await member.expect(403, 'POST', '/api/invitations', { json: { email: 'x@example.com' } }),
    ).toMatchObject({
      code: 'forbidden',
    });
    await admin.expect(403, 'POST', '/api/invitations', { json: { email: 'y@example.com', role: 'admin' } });

    const ownerToken = await owner.expect(201, 'POST', '/api/tokens', { json: { name: 'owner script' } });
    const memberToken = await member.expect(201, 'POST', '/api/tokens', {
      json: { name: 'member script', expiresInDays: 7 },
    });
    expect(Date.parse(memberToken.expiresAt) - Date.parse(memberToken.createdAt)).toBe(7 * 86_400_000);
    await member.expect(400, 'POST', '/api/tokens', { json: { name: 'too long', expiresInDays: 366 } });
    // A member sees and revokes only their own; the owner's is "not found" to them.
    expect((await member.expect(200, 'GET', '/api/tokens')).tokens.map((t: { id: string }) => t.id)).toEqual([
      memberToken.id,
    ]);
    await member.expect(404, 'DELETE', `/api/tokens/${ownerToken.id}`);
    expect((await owner.expect(200, 'GET', '/api/tokens')).tokens).toHaveLength(2);
    // A token acts with its user's role.
    const script = new TestClient(server.app);
    script.bearer = memberToken.token;
    await script.expect(403, 'POST', '/api/invitations', { json: { email: 'z@example.com' } });
    await admin.expect(204, 'DELETE', `/api/tokens/${memberToken.id}`);
    await script.expect(401, 'GET', '/api/jobs');
  });

  it('expires API tokens at the lifetime chosen', async () => {
    const token = await owner.expect(201, 'POST', '/api/tokens', {
      json: { name: 'short', expiresInDays: 1 },
    });
    const script = new TestClient(server.app);
    script.bearer = token.token;
    await script.expect(200, 'GET', '/api/jobs');
    server.clock.advance(86_400_000 + 1000);
    await script.expect(401, 'GET', '/api/jobs');
    expect(
      (await signIn('ada@example.com', PASSWORD).then((c) => c.expect(200, 'GET', '/api/tokens'))).tokens,
    ).toEqual([]);
  });

  it('lists the team; the owner changes roles; disabling ends sessions and tokens; removing deletes the account', async () => {
    const member = await join('mo@example.com', 'Mo Member');
    const memberId = member.session.user.id;
    const team = await member.expect(200, 'GET', '/api/team');
    expect(
      team.members.map((m: { name: string; role: string; isYou: boolean }) => [m.name, m.role, m.isYou]),
    ).toEqual([
      ['Ada Owner', 'owner', false],
      ['Mo Member', 'member', true],
    ]);
    await member.expect(403, 'PATCH', `/api/team/${owner.session.user.id}`, { json: { disabled: true } });
    await owner.expect(403, 'PATCH', `/api/team/${owner.session.user.id}`, { json: { disabled: true } });
    const other = await signUpRecruiter(server.app, { email: 'eve@example.org' });
    await other.expect(404, 'PATCH', `/api/team/${memberId}`, { json: { disabled: true } });

    const promoted = await owner.expect(200, 'PATCH', `/api/team/${memberId}`, { json: { role: 'admin' } });
    expect(promoted).toMatchObject({ role: 'admin', disabled: false });
    expect((await member.expect(200, 'GET', '/api/me')).user.role).toBe('admin');
    await owner.expect(200, 'PATCH', `/api/team/${memberId}`, { json: { role: 'member' } });

    const token = await member.expect(201, 'POST', '/api/tokens', { json: { name: 'mo script' } });
    const script = new TestClient(server.app);
    script.bearer = token.token;
    expect(
      await owner.expect(200, 'PATCH', `/api/team/${memberId}`, { json: { disabled: true } }),
    ).toMatchObject({
      disabled: true,
    });
    await member.expect(401, 'GET', '/api/me');
    await script.expect(401, 'GET', '/api/jobs');
    const refused = await new TestClient(server.app).expect(401, 'POST', '/api/auth/signin', {
      json: { email: 'mo@example.com', password: PASSWORD },
    });
    expect(refused.detail).toContain('disabled');
    await owner.expect(200, 'PATCH', `/api/team/${memberId}`, { json: { disabled: false } });
    await signIn('mo@example.com', PASSWORD);

    await owner.expect(204, 'DELETE', `/api/team/${memberId}`);
    expect((await owner.expect(200, 'GET', '/api/team')).members).toHaveLength(1);
    await new TestClient(server.app).expect(401, 'POST', '/api/auth/signin', {
      json: { email: 'mo@example.com', password: PASSWORD },
    });
    const actions = await server.database.db.selectFrom('audit_events').select('action').execute();
    expect(actions.map((row) => row.action).sort()).toEqual([
      'user.disabled',
      'user.enabled',
      'user.removed',
      'user.role_changed',
      'user.role_changed',
    ]);
  });

  it('changes a password only with the current one, and ends the other sessions', async () => {
    const laptop = await signIn('ada@example.com', PASSWORD);
    const wrong = await owner.expect(400, 'POST', '/api/me/password', {
      json: { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
    });
    expect(wrong).toMatchObject({ field: 'currentPassword' });
    await owner.expect(400, 'POST', '/api/me/password', {
      json: { currentPassword: PASSWORD, newPassword: 'password12' },
    });
    await owner.expect(204, 'POST', '/api/me/password', {
      json: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    await owner.expect(200, 'GET', '/api/me');
    await laptop.expect(401, 'GET', '/api/me');
    await new TestClient(server.app).expect(401, 'POST', '/api/auth/signin', {
      json: { email: 'ada@example.com', password: PASSWORD },
    });
    await signIn('ada@example.com', NEW_PASSWORD);
  });

  it('resets a password through a one-time link an admin issues', async () => {
    const admin = await join('al@example.com', 'Al Admin', owner, 'admin');
    const member = await join('mo@example.com', 'Mo Member');
    await member.expect(403, 'POST', `/api/team/${admin.session.user.id}/password-reset`);
    await admin.expect(403, 'POST', `/api/team/${owner.session.user.id}/password-reset`);
    const reset = await admin.expect(201, 'POST', `/api/team/${member.session.user.id}/password-reset`);
    expect(reset.email).toBe('mo@example.com');
    expect(reset.url).toMatch(/^http:\/\/localhost\/reset-password\?token=[a-z2-7]{52}$/);
    const token = new URL(reset.url).searchParams.get('token') ?? '';
    const stored = await server.database.db.selectFrom('password_resets').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);

    const anyone = new TestClient(server.app);
    await anyone.expect(400, 'POST', '/api/auth/reset-password', { json: { token, password: 'aaaaaaaaaa' } });
    await anyone.expect(204, 'POST', '/api/auth/reset-password', { json: { token, password: NEW_PASSWORD } });
    await member.expect(401, 'GET', '/api/me');
    expect(
      await anyone.expect(400, 'POST', '/api/auth/reset-password', {
        json: { token, password: NEW_PASSWORD },
      }),
    ).toMatchObject({ field: 'token' });
    await signIn('mo@example.com', NEW_PASSWORD);

    const late = await owner.expect(201, 'POST', `/api/team/${admin.session.user.id}/password-reset`);
    server.clock.advance(25 * 3_600_000);
    await anyone.expect(400, 'POST', '/api/auth/reset-password', {
      json: { token: new URL(late.url).searchParams.get('token'), password: NEW_PASSWORD },
    });
  });

  it('ends an open event stream when its session signs out', async () => {
    const { jobId } = await createJobWithCandidate(owner);
    const aborter = new AbortController();
    try {
      const response = await server.app.request(`/api/jobs/${jobId}/events`, {
        headers: { cookie: owner.cookie ?? '' },
        signal: aborter.signal,
      });
      expect(response.status).toBe(200);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let text = '';
      while (!text.includes('event: candidates')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      const cookie = owner.cookie;
      await owner.expect(204, 'POST', '/api/auth/signout');
      owner.cookie = cookie;
      // The stream ends by itself (read to its end), with an `end` event, long before its lifetime.
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      expect(parseEvents(text).map((event) => event.event)).toEqual(['candidates', 'end']);
    } finally {
      aborter.abort();
    }
  });
});
