/**
 * `candor serve` with a mail server, as an operator runs it (the built CLI): a bad CANDOR_SMTP_URL
 * stops the start with exit 2 naming it and without its password; a good one sends reset links
 * to a real SMTP server on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SMTP_PASSWORD,
  SMTP_USER,
  startSmtpServer,
  textOf,
  waitForMail,
} from '../../src/server/__fixtures__/test-smtp-server.js';
import { runCli } from '../cli/run-cli.js';
import { isBuilt, startServe } from './serve-process.js';

const PASSWORD = 'correct horse battery staple';

async function post(base: string, path: string, body: unknown) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe.skipIf(!isBuilt())('candor serve with a mail server', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'candor-mail-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a bad CANDOR_SMTP_URL or a missing sender with exit 2, naming it, never its password', {
    timeout: 120_000,
  }, async () => {
    const database = join(folder, 'data', 'candor.sqlite');
    for (const smtpUrl of ['http://me:hunter2@mail.example.com', 'smtp://me:hunter2@[mail', 'me:hunter2']) {
      const result = await runCli(['serve', '--port', '0', '--database', database], {
        env: { CANDOR_SMTP_URL: smtpUrl, CANDOR_MAIL_FROM: 'candor@example.com' },
      });
      expect(result.code, smtpUrl).toBe(2);
      expect(result.stderr).toContain('CANDOR_SMTP_URL');
      expect(result.stderr).not.toContain('hunter2');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const sender = await runCli(
      ['serve', '--port', '0', '--database', database, '--smtp-url', 'smtp://me:hunter2@mail.example.com'],
      { env: { CANDOR_MAIL_FROM: undefined } },
    );
    expect(sender.code).toBe(2);
    expect(sender.stderr).toContain('--mail-from');
    expect(sender.stderr).not.toContain('hunter2');
  });

  it('mails a reset link through the configured server and logs it without the password', {
    timeout: 120_000,
  }, async () => {
    const smtp = await startSmtpServer();
    const server = await startServe(['--database', join(folder, 'data', 'candor.sqlite')], {
      CANDOR_SMTP_URL: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${smtp.port}`,
      CANDOR_MAIL_FROM: 'Candor <candor@example.com>',
    });
    try {
      expect(
        (
          await post(server.url, '/api/auth/signup', {
            email: 'ada@example.com',
            name: 'Ada',
            password: PASSWORD,
          })
        ).status,
      ).toBe(201);
      const answer = await post(server.url, '/api/auth/forgot-password', { email: 'ada@example.com' });
      expect(answer.status).toBe(202);
      const mail = await waitForMail(smtp.received, 1);
      expect(mail.to).toEqual(['ada@example.com']);
      const token = /\/reset-password\?token=([a-z2-7]{52})/.exec(textOf(mail.raw))?.[1];
      expect(token).toBeDefined();
      const newPassword = 'violet kettle under seven lanterns';
      expect(
        (await post(server.url, '/api/auth/reset-password', { token, password: newPassword })).status,
      ).toBe(204);
      expect(
        (await post(server.url, '/api/auth/signin', { email: 'ada@example.com', password: newPassword }))
          .status,
      ).toBe(200);
      expect(server.stderr()).toContain(`email: smtp://${SMTP_USER}:…@127.0.0.1:${smtp.port}`);
      expect(server.stderr()).not.toContain(encodeURIComponent(SMTP_PASSWORD));
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await smtp.close();
    }
  });
});
