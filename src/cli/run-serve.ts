import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { checkSmtpSettings } from '../adapters/mail/check-smtp-settings.js';
import { redactSmtpUrl } from '../adapters/mail/redact-smtp-url.js';
import { createDatabase } from '../adapters/storage/create-database.js';
import { createKyselyRepositories } from '../adapters/storage/create-kysely-repositories.js';
import { warmAnswerReader } from '../app/interview/warm-answer-reader.js';
import { loadServerSecret } from '../app/web/load-server-secret.js';
import type { TSignUpPolicy } from '../app/web/web-context.js';
import { CandorError } from '../core/candor-error.js';
import { createServer } from '../server/create-server.js';
import { startEvaluationWorker, type TEvaluationWorker } from '../server/evaluation-worker.js';
import { readEvaluationSettings } from '../server/read-evaluation-settings.js';
import { startWebhookWorker } from '../server/webhook-worker.js';
import type { TTerminal } from './terminal.js';

export type TServeOptions = {
  port: number;
  host: string;
  /** A SQLite path or URL, or postgres://…; default DATABASE_URL, else ./data/candor.sqlite. */
  database?: string;
  model: string;
  /** The built web app; default web/dist of this package. */
  webRoot?: string;
  /** The origin links are built on, when Candor sits behind a proxy (https://candor.example.com). */
  publicUrl?: string;
  /** The mail server for password reset emails (smtp:// or smtps://, credentials in the URL). */
  smtpUrl?: string;
  /** The sender of those emails; required with smtpUrl. */
  mailFrom?: string;
  /** Days an interview is kept after it ends, as candidates are told (default 180). */
  retentionDays?: number;
  /** Who may sign up without an invitation (default `first`). */
  signUp?: TSignUpPolicy;
  /** With a model: where its calls are logged (default ./data/audit.jsonl). */
  auditLog?: string;
};

export type TServeIo = {
  env?: Record<string, string | undefined>;
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  stopped?: Promise<unknown>;
};

/** Addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const value = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return value === 'localhost' || value === '::1' || /^127(?:\.\d{1,3}){3}$/.test(value);
}

/**
 * The public URL as an origin (https://candor.example.com), required when listening beyond this
 * machine so that links and the cookie's Secure flag never follow a request's Host header.
 * Errors: CandorError 'invalid_argument' naming --public-url.
 */
export function checkPublicUrl(publicUrl: string | undefined, host: string): string | undefined {
  if (publicUrl === undefined || publicUrl.trim() === '') {
    if (isLoopbackHost(host)) return undefined;
    throw new CandorError(
      'invalid_argument',
      `--public-url (or CANDOR_PUBLIC_URL) is required when listening on ${host}: the address people reach Candor at, e.g. https://candor.example.com (links and secure cookies are built on it).`,
      { location: '--public-url' },
    );
  }
  let url: URL;
  try {
    url = new URL(publicUrl.trim());
  } catch {
    throw new CandorError(
      'invalid_argument',
      `--public-url "${publicUrl}" is not a URL: use e.g. https://candor.example.com`,
      {
        location: '--public-url',
      },
    );
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username !== '' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new CandorError(
      'invalid_argument',
      `--public-url "${publicUrl}" must be an http(s) address without credentials, query or fragment, e.g. https://candor.example.com`,
      { location: '--public-url' },
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The web app this package builds: <package>/web/dist, from src/cli or dist/cli alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * `candor serve`: the API, the web app and the evaluation worker in one process, until SIGINT or
 * SIGTERM. Prints the address it listens on (with --port 0, the port the system chose).
 */
export async function runServe(
  options: TServeOptions,
  terminal: TTerminal,
  io: TServeIo = {},
): Promise<void> {
  const env = io.env ?? process.env;
  const publicUrl = checkPublicUrl(options.publicUrl, options.host);
  const smtp = checkSmtpSettings({ smtpUrl: options.smtpUrl, mailFrom: options.mailFrom });
  const log = (message: string) => terminal.err(`${message}\n`);
  const evaluationSettings = readEvaluationSettings(env);
  const database = await createDatabase({ url: options.database ?? env.DATABASE_URL });
  // The secret lives beside the SQLite file (or in ./data with PostgreSQL), never in the database.
  const secretFile = resolve(
    database.kind === 'sqlite' && database.location !== ':memory:' ? dirname(database.location) : './data',
    'secret.key',
  );
  let secret: Uint8Array;
  try {
    secret = await loadServerSecret(createKyselyRepositories(database.db), {
      configured: env.CANDOR_SECRET,
      file: secretFile,
      log,
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const mailer =
    smtp === undefined
      ? undefined
      : (await import('../adapters/mail/create-smtp-mailer.js')).createSmtpMailer(smtp);
  let worker: TEvaluationWorker | undefined;
  const server = createServer({
    database,
    secret,
    model: options.model,
    webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
    env,
    ...(publicUrl === undefined ? {} : { publicUrl }),
    ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
    ...(options.signUp === undefined ? {} : { signUp: options.signUp }),
    ...(mailer === undefined ? {} : { mailer }),
    auditLogPath: resolve(options.auditLog ?? './data/audit.jsonl'),
    workerProblem: () => (worker === undefined ? 'the evaluation worker has not started' : worker.problem()),
  });
  worker = startEvaluationWorker(server.context, { ...evaluationSettings, log });
  // Interview answers are read on the event loop: load and compile the reader before the first one.
  warmAnswerReader();
  const webhooks = startWebhookWorker(server.context, { log });
  let listening: { http: Server; address: AddressInfo };
  try {
    listening = await new Promise<{ http: Server; address: AddressInfo }>((resolve, reject) => {
      const http = serve({ fetch: server.app.fetch, port: options.port, hostname: options.host }, (address) =>
        resolve({ http: http as Server, address }),
      ) as Server;
      http.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new CandorError(
                'invalid_argument',
                `port ${options.port} is in use on ${options.host}; pass --port with another port (or --port 0 for any free one)`,
                { location: '--port', cause: error },
              )
            : error.code === 'EACCES'
              ? new CandorError(
                  'invalid_argument',
                  `port ${options.port} needs privileges this user lacks; pass --port with a port above 1023`,
                  { location: '--port', cause: error },
                )
              : error,
        ),
      );
    });
  } catch (error) {
    // Nothing listens: stop what started, so the process ends with the message alone.
    await worker.stop();
    await webhooks.stop();
    await server.close();
    await database.close();
    throw error;
  }
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${listening.address.port}`;
  terminal.out(`Candor is running at ${url}\n`);
  log(
    `Database: ${database.kind} ${database.location} · model: ${options.model} · API docs: ${url}/docs · health: ${url}/healthz · email: ${
      smtp === undefined ? 'none (no --smtp-url)' : `${redactSmtpUrl(smtp.url)} from ${smtp.from}`
    }` +
      (options.host === '127.0.0.1' || options.host === 'localhost'
        ? ' · only this machine can connect (--host 0.0.0.0 to open it)'
        : ''),
  );

  await (io.stopped ?? untilSignal());
  log('Stopping: finishing the requests in hand…');
  await new Promise<void>((resolve) => {
    listening.http.close(() => resolve());
    // Streams (a question being worded) get a moment; then every connection is closed.
    setTimeout(() => listening.http.closeAllConnections(), 5_000).unref();
  });
  await worker.stop();
  await webhooks.stop();
  await server.close();
  mailer?.close();
  await database.close();
}
