import { createTransport } from 'nodemailer';
import type { TMailer } from '../../app/web/mailer.js';
import type { TSmtpSettings } from './check-smtp-settings.js';
import { redactSmtpUrl } from './redact-smtp-url.js';

/**
 * A mailer that hands plain-text mails to an SMTP server (nodemailer): smtp:// upgrades with
 * STARTTLS when the server offers it, smtps:// speaks TLS from the start. Connections are pooled.
 * A mail the server refuses rejects with an Error naming the server without its password (for the
 * log; nobody is shown it).
 */
export function createSmtpMailer(settings: TSmtpSettings): TMailer & { close(): void } {
  const transport = createTransport({
    url: settings.url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({
          from: settings.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
      } catch (error) {
        throw new Error(
          `The mail server ${redactSmtpUrl(settings.url)} did not take the mail: ${
            error instanceof Error ? error.message : String(error)
          }`,
        );
      }
    },
    close() {
      transport.close();
    },
  };
}
