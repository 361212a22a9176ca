/**
 * A real SMTP server on 127.0.0.1 (smtp-server) for the mail tests: it takes mail only with the
 * right login and keeps every message it receives.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export const SMTP_USER = 'candor';
/** With characters a URL must percent-encode. */
export const SMTP_PASSWORD = 'p@ss word/9';

export type TReceived = { from: string; to: string[]; raw: string };

/** A mail server that takes mail only with the right login (plain, on loopback) and keeps it. */
export async function startSmtpServer(): Promise<{ port: number; received: TReceived[]; close(): Promise<void> }> {
  const received: TReceived[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: SMTP_USER });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The mail's text, quoted-printable decoded (nodemailer wraps long lines so). */
export function textOf(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const isQuotedPrintable = /^content-transfer-encoding:\s*quoted-printable/im.test(raw);
  const text = isQuotedPrintable
    ? Buffer.from(
        body
          .replace(/=\r\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
        'latin1',
      ).toString('utf8')
    : body;
  return text.replace(/\r\n/g, '\n');
}

/** Waits (bounded) for the n-th mail. */
export async function waitForMail(received: TReceived[], count: number): Promise<TReceived> {
  for (let attempt = 0; attempt < 600 && received.length < count; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const mail = received[count - 1];
  if (mail === undefined) throw new Error(`mail ${count} did not arrive (got ${received.length})`);
  return mail;
}

