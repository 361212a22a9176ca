/**
 * "Forgot your password?" against a real SMTP server on 127.0.0.1 (smtp-server): the mail arrives
 * through the SMTP adapter with the URL's credentials, its link resets the password, and the
 * answer is the same whether or not the email has an account.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../adapters/mail/create-smtp-mailer.js';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import {
  openTestApp,
  PASSWORD,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import {
  SMTP_PASSWORD,
  SMTP_USER,
  startSmtpServer,
  textOf,
  waitForMail,
} from './__fixtures__/test-smtp-server.js';

const NEW_PASSWORD = 'violet kettle under seven lanterns';
const NEUTRAL = { message: 'If an account uses this email, a reset link is on its way.' };

describe.each(TEST_DATABASE_KINDS)('forgot password by email on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let server: TTestApp;
  let errors: unknown[];
  beforeEach(async () => {
    smtp = await startSmtpServer();
    mailer = createSmtpMailer({
      url: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${smtp.port}`,
      from: 'Candor <candor@example.com>',
    });
    errors = [];
    server = await openTestApp(kind, {
      mailer,
      log: (error) => errors.push(error),
      // Room for every sign-in, sign-up and reset of a test; the per-email mail limit stays on.
      rateLimits: { signIn: { capacity: 100, perMinute: 100 } },
    });
  });
  afterEach(async () => {
    await server.dispose();
    mailer.close();
    await smtp.close();
  });

  it('mails a one-time link that resets the password; an unknown or disabled email gets the same answer and no mail', async () => {
    const owner = await signUpRecruiter(server.app, {
      email: 'ada@example.com',
      name: 'Ada Owner',
      organisationName: 'Lovelace Labs',
    });
    const invitation = await owner.expect(201, 'POST', '/api/invitations', {
      json: { email: 'mo@example.com' },
    });
    const member = await signUpRecruiter(server.app, {
      email: 'mo@example.com',
      name: 'Mo Member',
      invitationToken: new URL(invitation.url).searchParams.get('invitation') ?? '',
    });

    const anyone = new TestClient(server.app);
    const answer = await anyone.expect(202, 'POST', '/api/auth/forgot-password', {
      json: { email: 'Ada@Example.com' },
    });
    expect(answer).toEqual(NEUTRAL);
    const mail = await waitForMail(smtp.received, 1);
    expect(mail.from).toBe('candor@example.com');
    expect(mail.to).toEqual(['ada@example.com']);
    expect(mail.raw).toMatch(/^Subject: Reset your Candor password$/m);
    const text = textOf(mail.raw);
    expect(text).toContain('Hello Ada Owner,');
    expect(text).toContain('ada@example.com (Lovelace Labs)');
    expect(text).toContain('within 24 hours');
    expect(text).toContain('If you did not ask for this, ignore this email');
    const link = /http:\/\/localhost\/reset-password\?token=[a-z2-7]{52}/.exec(text)?.[0];
    expect(link).toBeDefined();
    const token = new URL(link ?? '').searchParams.get('token') ?? '';

    const reset = await server.database.db
      .selectFrom('password_resets')
      .select(['user_id', 'created_by', 'token_hash'])
      .execute();
    expect(reset).toEqual([
      { user_id: owner.session.user.id, created_by: owner.session.user.id, token_hash: expect.any(String) },
    ]);
    expect(reset[0]?.token_hash).not.toBe(token);

    await anyone.expect(204, 'POST', '/api/auth/reset-password', { json: { token, password: NEW_PASSWORD } });
    await owner.expect(401, 'GET', '/api/me');
    await anyone.expect(401, 'POST', '/api/auth/signin', {
      json: { email: 'ada@example.com', password: PASSWORD },
    });
    const signedIn = await anyone.expect(200, 'POST', '/api/auth/signin', {
      json: { email: 'ada@example.com', password: NEW_PASSWORD },
    });
    expect(signedIn.user.email).toBe('ada@example.com');
    await anyone.expect(400, 'POST', '/api/auth/reset-password', { json: { token, password: NEW_PASSWORD } });

    // The owner disables the member: a disabled account gets no mail.
    await new TestClient(server.app).expect(200, 'POST', '/api/auth/signin', {
      json: { email: 'ada@example.com', password: NEW_PASSWORD },
    });
    anyone.csrfToken = signedIn.csrfToken;
    await anyone.expect(200, 'PATCH', `/api/team/${member.session.user.id}`, { json: { disabled: true } });

    const stranger = new TestClient(server.app);
    const unknownResponse = await stranger.request('POST', '/api/auth/forgot-password', {
      json: { email: 'nobody@example.com' },
    });
    const disabledResponse = await stranger.request('POST', '/api/auth/forgot-password', {
      json: { email: 'mo@example.com' },
    });
    const knownResponse = await stranger.request('POST', '/api/auth/forgot-password', {
      json: { email: 'ada@example.com' },
    });
    const bodies = await Promise.all([unknownResponse, disabledResponse, knownResponse].map((r) => r.text()));
    expect([unknownResponse.status, disabledResponse.status, knownResponse.status]).toEqual([202, 202, 202]);
    expect(new Set(bodies)).toEqual(new Set([JSON.stringify(NEUTRAL)]));

    // close() waits for the mails being sent: only the known, enabled account got one.
    await server.close();
    expect(smtp.received.map((received) => received.to)).toEqual([['ada@example.com'], ['ada@example.com']]);
    expect(errors).toEqual([]);
  });

  it('sends at most 3 mails to one address in a row, answering every request the same', async () => {
    await signUpRecruiter(server.app, { email: 'ada@example.com' });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        await new TestClient(server.app).expect(202, 'POST', '/api/auth/forgot-password', {
          json: { email: 'ada@example.com' },
        }),
      ).toEqual(NEUTRAL);
    }
    await server.close();
    expect(smtp.received).toHaveLength(3);
    // Each mail replaced the link before it (the pool may deliver them in any order): one works.
    const tokens = smtp.received.map(
      (mail) => /reset-password\?token=([a-z2-7]{52})/.exec(textOf(mail.raw))?.[1] ?? '',
    );
    expect(new Set(tokens).size).toBe(3);
    const statuses = [];
    for (const token of tokens) {
      const response = await new TestClient(server.app).request('POST', '/api/auth/reset-password', {
        json: { token, password: NEW_PASSWORD },
      });
      statuses.push(response.status);
    }
    expect(statuses.sort()).toEqual([204, 400, 400]);
  });

  it('logs a mail the server refuses, never shows it', async () => {
    const wrongLogin = createSmtpMailer({
      url: `smtp://${SMTP_USER}:wrong@127.0.0.1:${smtp.port}`,
      from: 'candor@example.com',
    });
    const failing = await openTestApp(kind, { mailer: wrongLogin, log: (error) => errors.push(error) });
    try {
      await signUpRecruiter(failing.app, { email: 'ada@example.com' });
      expect(
        await new TestClient(failing.app).expect(202, 'POST', '/api/auth/forgot-password', {
          json: { email: 'ada@example.com' },
        }),
      ).toEqual(NEUTRAL);
      await failing.close();
      expect(smtp.received).toHaveLength(0);
      expect(errors).toHaveLength(1);
      expect(String(errors[0])).toContain(`smtp://${SMTP_USER}:…@127.0.0.1:${smtp.port}`);
      expect(String(errors[0])).not.toContain('wrong');
    } finally {
      await failing.dispose();
      wrongLogin.close();
    }
  });
});

describe.each(TEST_DATABASE_KINDS)('forgot password without SMTP on %s', (kind) => {
  let server: TTestApp;
  beforeEach(async () => {
    server = await openTestApp(kind);
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('answers 501 with the same advice for every email', async () => {
    await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const answers = [];
    for (const email of ['ada@example.com', 'nobody@example.com']) {
      answers.push(
        await new TestClient(server.app).expect(501, 'POST', '/api/auth/forgot-password', {
          json: { email },
        }),
      );
    }
    expect(answers[0]).toMatchObject({
      code: 'not_implemented',
      detail: 'This server sends no email: ask an owner or admin of your organisation for a reset link.',
    });
    expect(answers[1]).toEqual(answers[0]);
    await new TestClient(server.app).expect(400, 'POST', '/api/auth/forgot-password', {
      json: { email: 'not an email' },
    });
  });
});
