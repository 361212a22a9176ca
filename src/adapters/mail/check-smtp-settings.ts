import { CandorError } from '../../core/candor-error.js';
import { redactSmtpUrl } from './redact-smtp-url.js';

export type TSmtpSettings = {
  /** smtp:// (STARTTLS when the server offers it) or smtps:// (TLS), user and password in the URL. */
  url: string;
  /** The sender: an address, or a name and an address (Candor <candor@example.com>). */
  from: string;
};

/** An address alone, or a display name and an address in angle brackets; one line. */
const SENDER = /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

/**
 * The SMTP settings of `candor serve` (--smtp-url / CANDOR_SMTP_URL, --mail-from /
 * CANDOR_MAIL_FROM), checked before the server starts: undefined without an SMTP URL (Candor then
 * sends no email). Errors: CandorError 'invalid_argument' naming the setting; the password never
 * appears in the message.
 */
export function checkSmtpSettings(input: {
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
}): TSmtpSettings | undefined {
  const raw = input.smtpUrl?.trim() ?? '';
  if (raw === '') return undefined;
  const shown = redactSmtpUrl(raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CandorError(
      'invalid_argument',
      `--smtp-url (CANDOR_SMTP_URL) "${shown}" is not a URL: use smtp://user:password@mail.example.com:587 or smtps://user:password@mail.example.com:465 (percent-encode special characters in the password).`,
      { location: '--smtp-url' },
    );
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') {
    throw new CandorError(
      'invalid_argument',
      `--smtp-url (CANDOR_SMTP_URL) "${shown}" must be an smtp:// or smtps:// URL with a host, e.g. smtps://user:password@mail.example.com:465`,
      { location: '--smtp-url' },
    );
  }
  const from = input.mailFrom?.trim() ?? '';
  if (from === '') {
    throw new CandorError(
      'invalid_argument',
      '--mail-from (CANDOR_MAIL_FROM) is required with --smtp-url: the sender of Candor\'s emails, e.g. "Candor <candor@example.com>"',
      { location: '--mail-from' },
    );
  }
  if (!SENDER.test(from)) {
    throw new CandorError(
      'invalid_argument',
      `--mail-from (CANDOR_MAIL_FROM) "${from}" is not an email address: use e.g. candor@example.com or "Candor <candor@example.com>"`,
      { location: '--mail-from' },
    );
  }
  return { url: raw, from };
}
