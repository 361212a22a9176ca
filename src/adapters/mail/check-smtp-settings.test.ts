import { describe, expect, it } from 'vitest';
import { CandorError } from '../../core/candor-error.js';
import { checkSmtpSettings } from './check-smtp-settings.js';
import { redactSmtpUrl } from './redact-smtp-url.js';

function problemOf(input: { smtpUrl?: string; mailFrom?: string }): CandorError {
  try {
    checkSmtpSettings({ smtpUrl: input.smtpUrl, mailFrom: input.mailFrom });
  } catch (error) {
    if (error instanceof CandorError) return error;
    throw error;
  }
  throw new Error('expected a CandorError');
}

describe('checkSmtpSettings', () => {
  it('takes smtp:// and smtps:// URLs with a sender; none without a URL', () => {
    expect(checkSmtpSettings({ smtpUrl: undefined, mailFrom: 'candor@example.com' })).toBeUndefined();
    expect(checkSmtpSettings({ smtpUrl: '  ', mailFrom: undefined })).toBeUndefined();
    expect(
      checkSmtpSettings({
        smtpUrl: ' smtps://me:s%40cret@mail.example.com:465 ',
        mailFrom: 'Candor <c@example.com>',
      }),
    ).toEqual({ url: 'smtps://me:s%40cret@mail.example.com:465', from: 'Candor <c@example.com>' });
    expect(checkSmtpSettings({ smtpUrl: 'smtp://127.0.0.1:2525', mailFrom: 'c@example.com' })?.url).toBe(
      'smtp://127.0.0.1:2525',
    );
  });

  it('names the setting and never shows the password', () => {
    for (const smtpUrl of [
      'https://me:hunter2@mail.example.com',
      'smtp://me:hunter2@',
      'me:hunter2@mail',
      'smtp://me:hunter2@[bad',
    ]) {
      const problem = problemOf({ smtpUrl, mailFrom: 'c@example.com' });
      expect(problem.code, smtpUrl).toBe('invalid_argument');
      expect(problem.location).toBe('--smtp-url');
      expect(problem.message).toContain('CANDOR_SMTP_URL');
      expect(problem.message).not.toContain('hunter2');
    }
    expect(problemOf({ smtpUrl: 'smtp://mail.example.com' }).location).toBe('--mail-from');
    const sender = problemOf({ smtpUrl: 'smtp://mail.example.com', mailFrom: 'candor' });
    expect(sender.location).toBe('--mail-from');
    expect(sender.message).toContain('CANDOR_MAIL_FROM');
    expect(problemOf({ smtpUrl: 'smtp://mail.example.com', mailFrom: 'a@b.c\r\nBcc: x@y.z' }).location).toBe(
      '--mail-from',
    );
  });
});

describe('redactSmtpUrl', () => {
  it('keeps the scheme, user and host only', () => {
    expect(redactSmtpUrl('smtps://me:hunter2@mail.example.com:465/?pool=true')).toBe(
      'smtps://me:…@mail.example.com:465',
    );
    expect(redactSmtpUrl('smtp://mail.example.com')).toBe('smtp://mail.example.com');
    expect(redactSmtpUrl('smtp://me:hunter2@[bad')).toBe('smtp://…');
    expect(redactSmtpUrl('me:hunter2')).not.toContain('hunter2');
  });
});
