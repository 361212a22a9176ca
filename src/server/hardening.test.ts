import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJobWithCandidate,
  EXAMPLE_RESUME_MD,
  filesForm,
  openTestApp,
  PASSWORD,
  STRONG_ANSWER,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { signInKeys } from './routes/auth-routes.js';

/** A request as if it came over a socket: from `address`, to 127.0.0.1:`port`. */
function over(address: string, port = 3000) {
  return { incoming: { socket: { remoteAddress: address, localAddress: '127.0.0.1', localPort: port } } };
}

describe('hardening of the server', () => {
  let server: TTestApp;
  beforeEach(async () => {
    server = await openTestApp('sqlite');
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('counts failed sign-ins per address and per address with email, so nobody can lock another out', async () => {
    // Ten attempts, then (almost) none: a slow machine's scrypt must not refill the bucket meanwhile.
    await server.dispose();
    server = await openTestApp('sqlite', { rateLimits: { signIn: { capacity: 10, perMinute: 0.001 } } });
    await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const attempt = (address: string, password: string) =>
      server.app.request(
        '/api/auth/signin',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'ada@example.com', password }),
        },
        over(address),
      );
    for (let i = 0; i < 10; i++) expect((await attempt('203.0.113.9', 'not the password')).status).toBe(401);
    const limited = await attempt('203.0.113.9', 'not the password');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    // The attacker's address is limited; Ada, elsewhere, signs in.
    expect((await attempt('198.51.100.4', PASSWORD)).status).toBe(200);
    expect(signInKeys('198.51.100.4', ' Ada@Example.com')).toEqual([
      'address:198.51.100.4',
      'address-email:198.51.100.4\0ada@example.com',
    ]);
  });

  it('builds links on the public URL or the loopback port, never the Host header; Secure cookies follow the public URL', async () => {
    const signUp = (app: TTestApp['app'], email: string) =>
      app.request(
        'http://evil.example/api/auth/signup',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', host: 'evil.example' },
          body: JSON.stringify({ email, password: PASSWORD, name: 'Ada' }),
        },
        over('127.0.0.1', 4321),
      );
    const local = await signUp(server.app, 'ada@example.com');
    expect(local.status).toBe(201);
    expect(local.headers.get('set-cookie')).not.toMatch(/secure/i);
    const cookie = (local.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await local.json()) as { csrfToken: string };
    const invitation = await server.app.request(
      'http://evil.example/api/invitations',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ email: 'bo@example.com' }),
      },
      over('127.0.0.1', 4321),
    );
    expect(((await invitation.json()) as { url: string }).url).toMatch(
      /^http:\/\/127\.0\.0\.1:4321\/signup\?/,
    );

    const behindProxy = await openTestApp('sqlite', { publicUrl: 'https://candor.example.com/' });
    try {
      const response = await signUp(behindProxy.app, 'bo@example.com');
      expect(response.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    } finally {
      await behindProxy.dispose();
    }
  });

  it('sends a Content-Security-Policy with every answer', async () => {
    for (const path of ['/', '/jobs/abc', '/api/me', '/openapi.json']) {
      const policy = (await server.app.request(path)).headers.get('content-security-policy') ?? '';
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).not.toContain('unsafe-inline');
      expect(policy, path).toContain("frame-ancestors 'none'");
    }
  });

  it('takes only bounded integrity events: known kinds, ISO times, at most 200 an answer', async () => {
    const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const { candidateId } = await createJobWithCandidate(recruiter);
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: {},
    });
    const room = new TestClient(server.app);
    await room.expect(200, 'POST', `/api/interview/${link.token}/consent`);
    const next = await room.expect(200, 'POST', `/api/interview/${link.token}/next`, {
      headers: { accept: 'application/json' },
    });
    const at = '2026-03-02T09:01:00.000Z';
    const refused = [
      Array.from({ length: 201 }, () => ({ kind: 'blur', at })),
      [{ kind: 'keylogger', at }],
      [{ kind: 'paste', at: 'x'.repeat(100_000) }],
      [{ kind: 'paste', at, characters: 5, note: 'y'.repeat(1000) }],
      [{ kind: 'paste', at, characters: -1 }],
    ];
    for (const events of refused) {
      const problem = await room.expect(400, 'POST', `/api/interview/${link.token}/answer`, {
        json: { turnId: next.turnId, answer: STRONG_ANSWER, events },
      });
      expect(problem.code).toBe('invalid_argument');
    }
    await room.expect(200, 'POST', `/api/interview/${link.token}/answer`, {
      json: { turnId: next.turnId, answer: STRONG_ANSWER, events: [{ kind: 'paste', at, characters: 120 }] },
    });
    const stored = await server.database.db.selectFrom('interview_events').select(['kind', 'at']).execute();
    expect(stored).toEqual([{ kind: 'paste', at }]);
  });

  it('strips control and bidirectional characters from uploaded file names', async () => {
    const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const { jobId } = await createJobWithCandidate(recruiter);
    const upload = await recruiter.expect(201, 'POST', `/api/jobs/${jobId}/candidates`, {
      form: filesForm('files', [{ name: 'cv\u202Efdp.exe\u200B.md', bytes: EXAMPLE_RESUME_MD }]),
    });
    expect(upload.created[0].fileName).toBe('cvfdp.exe.md');
  });
});
