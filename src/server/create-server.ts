import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { createFileAuditLog } from '../adapters/audit-log.js';
import { createLanguageModel } from '../adapters/models/create-language-model.js';
import { createChromiumPdfRenderer, type TPdfRenderer } from '../adapters/render-pdf.js';
import type { TCandorDatabase } from '../adapters/storage/create-database.js';
import { createKyselyRepositories } from '../adapters/storage/create-kysely-repositories.js';
import { createKyselyTeamRepository } from '../adapters/storage/create-kysely-team-repository.js';
import { createSessionId } from '../adapters/storage/create-session-id.js';
import { parseWebhookAllowList } from '../adapters/webhooks/parse-webhook-allow-list.js';
import { createFairQueue } from '../adapters/workers/create-fair-queue.js';
import { createCircuitBreaker, type TCircuitSnapshot } from '../app/create-circuit-breaker.js';
import { createModelWording } from '../app/interview/create-model-wording.js';
import { guardWording } from '../app/interview/guard-wording.js';
import type { TQuestionWording } from '../app/interview/question-wording.js';
import { createTokenUseRecorder } from '../app/web/create-token-use-recorder.js';
import type { TMailer } from '../app/web/mailer.js';
import type { TSignUpPolicy, TWebContext } from '../app/web/web-context.js';
import type { TWebhookSettings } from '../app/webhooks/webhook-settings.js';
import type { TCpuWork } from '../app/work/cpu-work.js';
import { createCpuWork } from '../app/work/create-cpu-work.js';
import { CandorError } from '../core/candor-error.js';
import { formatModelSpec, parseModelSpec } from '../core/model-spec.js';
import { authenticate, protectFromForgery, requireActor } from './auth-middleware.js';
import { createBackgroundTasks } from './create-background-tasks.js';
import { createKeyedLock } from './create-keyed-lock.js';
import { createRateLimiter, type TRateLimit } from './create-rate-limiter.js';
import { createStaticAsset, type TStaticAsset } from './create-static-asset.js';
import { takeRateLimit } from './rate-limit.js';
import { rejectDeepJson } from './reject-deep-json.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerCandidateRoutes } from './routes/candidate-routes.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerImpactRoutes } from './routes/impact-routes.js';
import { registerInterviewRoutes } from './routes/interview-routes.js';
import { registerJobEventsRoutes } from './routes/job-events-routes.js';
import { registerJobRoutes } from './routes/job-routes.js';
import { registerTeamRoutes } from './routes/team-routes.js';
import { registerWebhookRoutes } from './routes/webhook-routes.js';
import { sendStaticAsset } from './send-static-asset.js';
import { serveApiDocs } from './serve-api-docs.js';
import { serveWebApp } from './serve-web-app.js';
import type { TServerEnv } from './server-env.js';
import { problemResponse, toProblem } from './to-problem.js';

export type TCreateServerOptions = {
  database: TCandorDatabase;
  /** The server secret (loadServerSecret): 32 random bytes or more. */
  secret: Uint8Array;
  /** `offline` (default) or `provider:model`: evaluates interviews and words their questions. */
  model?: string;
  /** The built web app (web/dist); without it, GET / explains how to build it. */
  webRoot?: string;
  now?: () => Date;
  /** New record ids (default: 128 random bits, base32). */
  ids?: () => string;
  randomBytes?: (size: number) => Uint8Array;
  /**
   * The public origin links and the cookie's Secure flag follow (https://candor.example.com).
   * Without it: the loopback address and port the request came in on — never the Host header.
   * `candor serve` requires it outside loopback.
   */
  publicUrl?: string;
  /** Rate limits (in memory, per process); false turns them off. */
  rateLimits?: false | { signIn?: TRateLimit; interview?: TRateLimit; interviewAddress?: TRateLimit };
  /** How long interviews are kept, as the candidate's notice says (default 180 days). */
  retentionDays?: number;
  /** Who may sign up without an invitation (default `first`: the installation's first user only). */
  signUp?: TSignUpPolicy;
  /** With a model: where its calls are logged (JSON Lines); none by default. */
  auditLogPath?: string;
  /** Model API keys (default process.env). */
  env?: Record<string, string | undefined>;
  /** Words questions (default: the model's, none offline). */
  wording?: TQuestionWording;
  /** PDF rendering (default: headless Chromium at /usr/bin/chromium if installed); null: none. */
  renderPdf?: TPdfRenderer | null;
  /**
   * Where documents are read and interviews planned (default: worker threads with wall-clock
   * limits and per-organisation queues, createCpuWork; inProcessWork() runs them on the event loop).
   */
  work?: TCpuWork;
  /** How often GET /api/jobs/:id/events checks for changes (default 2000 ms). */
  liveIntervalMs?: number;
  /** Server faults, for the log (default stderr). */
  log?: (error: unknown) => void;
  /** Webhook targets and retries (default: CANDOR_WEBHOOK_ALLOW from `env`, public addresses only when unset). */
  webhooks?: TWebhookSettings;
  /**
   * For GET /readyz: why the evaluation worker cannot be counted on, or undefined when it is
   * alive (`candor serve` passes its worker's). Without it, /readyz reports no worker.
   */
  workerProblem?: () => string | undefined;
  /** Sends password reset links by email (`candor serve --smtp-url`); without it, none are sent. */
  mailer?: TMailer;
};

export type TCandorServer = {
  app: OpenAPIHono<TServerEnv>;
  /** What the use cases run with: for the evaluation worker. */
  context: TWebContext;
  /** Finishes the writes still behind the requests (API-token use); then the database may close. */
  close(): Promise<void>;
};

/** Largest JSON body (a pasted job description is at most 200 000 characters). */
const JSON_LIMIT = 2 * 1024 * 1024;
/** Largest upload request: many resumes at once (each file is read up to 10 MB). */
const UPLOAD_LIMIT = 100 * 1024 * 1024;

export const DEFAULT_RATE_LIMITS = {
  /** Sign-in and sign-up: 10 attempts, then one every 6 seconds, per address and per email. */
  signIn: { capacity: 10, perMinute: 10 },
  /** The interview room: 60 requests, then one a second, per link. */
  interview: { capacity: 60, perMinute: 60 },
  /** The interview room per address: generous, as a whole office of candidates may share one. */
  interviewAddress: { capacity: 600, perMinute: 600 },
} as const satisfies Record<string, TRateLimit>;

/** Uploads: a multipart POST of a job description or of resumes. */
function isUpload(method: string, path: string, contentType: string | undefined): boolean {
  return (
    method === 'POST' &&
    (contentType ?? '').toLowerCase().startsWith('multipart/form-data') &&
    (path === '/api/jobs' || /^\/api\/jobs\/[^/]+\/candidates$/.test(path))
  );
}

const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The body limit of a request that has a body: 413 problem+json past `maxSize`. */
function limitBodyTo(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new CandorError(
        'payload_too_large',
        `The request is larger than ${Math.round(maxSize / 1024 / 1024)} MB, the most this endpoint takes.`,
      );
    },
  });
}

/** One breaker per use of the model, changes logged. */
function createModelCircuits(modelId: string, now: () => Date, log: (error: unknown) => void) {
  const onChange = (snapshot: TCircuitSnapshot) =>
    log(
      `Model circuit ${snapshot.name}: ${snapshot.state}` +
        (snapshot.state === 'closed'
          ? ' (the model answers again)'
          : ` after ${snapshot.consecutiveFailures} failure(s) in a row, last: ${snapshot.lastFailure ?? 'unknown'}; next probe at ${snapshot.probeAt}`),
    );
  const clock = () => now().getTime();
  return {
    wording: createCircuitBreaker({ name: `${modelId} wording`, now: clock, onChange }),
    judgement: createCircuitBreaker({ name: `${modelId} judgement`, now: clock, onChange }),
  };
}

function defaultLog(error: unknown) {
  process.stderr.write(
    `candor serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
}

/**
 * The Candor HTTP server as a Hono app: the typed API under /api (OpenAPI document at
 * /openapi.json, docs at /docs), problem+json errors, and the built web app. Tests call
 * `app.request()`; `candor serve` listens with @hono/node-server and starts the evaluation worker.
 */
export function createServer(options: TCreateServerOptions): TCandorServer {
  const log = options.log ?? defaultLog;
  const modelSpec = options.model ?? 'offline';
  const env = options.env ?? process.env;
  const spec = parseModelSpec(modelSpec);
  const now = options.now ?? (() => new Date());
  const modelCircuits =
    spec.provider === 'offline' ? undefined : createModelCircuits(formatModelSpec(spec), now, log);
  const modelWording =
    options.wording ??
    (spec.provider === 'offline'
      ? undefined
      : createModelWording({
          model: createLanguageModel(spec, env),
          modelId: formatModelSpec(spec),
          ...(options.auditLogPath === undefined
            ? {}
            : { auditLog: createFileAuditLog(options.auditLogPath) }),
        }));
  const wording =
    modelWording === undefined || modelCircuits === undefined
      ? modelWording
      : guardWording(modelWording, modelCircuits.wording);
  const work = options.work ?? createCpuWork();
  const context: TWebContext = {
    work,
    db: options.database.db,
    repositories: createKyselyRepositories(options.database.db, { now: () => now().toISOString() }),
    secret: options.secret,
    now,
    newId: options.ids ?? (() => createSessionId()),
    randomBytes: options.randomBytes ?? nodeRandomBytes,
    model: modelSpec,
    env,
    retentionDays: options.retentionDays ?? 180,
    webhooks: options.webhooks ?? { allowList: parseWebhookAllowList(env.CANDOR_WEBHOOK_ALLOW) },
    signUp: options.signUp ?? 'first',
    tokenUses: createTokenUseRecorder({ team: createKyselyTeamRepository(options.database.db), now, log }),
    ...(options.auditLogPath === undefined ? {} : { auditLogPath: options.auditLogPath }),
    ...(wording === undefined ? {} : { wording }),
    ...(modelCircuits === undefined ? {} : { modelCircuits }),
    ...(options.mailer === undefined ? {} : { mailer: options.mailer }),
  };
  const background = createBackgroundTasks(log);
  const limits = options.rateLimits === false ? undefined : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const signInLimiter = limits === undefined ? undefined : createRateLimiter(limits.signIn);
  const interviewLimiter = limits === undefined ? undefined : createRateLimiter(limits.interview);
  const interviewAddressLimiter =
    limits === undefined ? undefined : createRateLimiter(limits.interviewAddress);
  const renderPdf =
    options.renderPdf === null ? undefined : (options.renderPdf ?? createChromiumPdfRenderer());

  const app = new OpenAPIHono<TServerEnv>({
    // A request that fails its schema: 400 problem+json naming the field.
    defaultHook: (result) => {
      if (!result.success) throw result.error;
    },
  });

  app.onError((error) => problemResponse(toProblem(error, log)));
  app.notFound((c) =>
    problemResponse(
      toProblem(new CandorError('not_found', `There is nothing at ${c.req.method} ${c.req.path}.`)),
    ),
  );

  app.use('*', async (c, next) => {
    const incoming = (
      c.env as
        | { incoming?: { socket?: { remoteAddress?: string; localAddress?: string; localPort?: number } } }
        | undefined
    )?.incoming;
    // Links and the cookie's Secure flag never follow the request's Host header: the configured
    // public URL, else the loopback address and port the connection came in on (in-process test
    // requests, which have no socket, keep their URL's origin).
    const localPort = incoming?.socket?.localPort;
    const localHost = (incoming?.socket?.localAddress ?? 'localhost').replace(/^::ffff:/, '');
    c.set(
      'origin',
      options.publicUrl?.replace(/\/+$/, '') ??
        (localPort === undefined
          ? new URL(c.req.url).origin
          : `http://${localHost.includes(':') ? `[${localHost}]` : localHost}:${localPort}`),
    );
    c.set('clientAddress', incoming?.socket?.remoteAddress ?? 'local');
    await next();
    // Interview links carry their token in the path: never send it on as a Referer.
    c.header('referrer-policy', 'no-referrer');
    c.header('x-content-type-options', 'nosniff');
    c.header('x-frame-options', 'DENY');
  });
  // A Content-Security-Policy on every page: the app's own scripts, styles and API only (a page that
  // sets its own, /docs, keeps it).
  app.use(
    '*',
    secureHeaders({
      overwrite: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    }),
  );

  registerHealthRoutes(app, {
    db: options.database.db,
    workerProblem: options.workerProblem ?? (() => 'no evaluation worker runs with this server'),
    circuits: () =>
      modelCircuits === undefined
        ? []
        : [modelCircuits.wording.snapshot(), modelCircuits.judgement.snapshot()],
  });

  const jsonLimit = limitBodyTo(JSON_LIMIT);
  const uploadLimit = limitBodyTo(UPLOAD_LIMIT);
  app.use('/api/*', async (c, next) => {
    c.header('cache-control', 'no-store');
    // A GET, HEAD or OPTIONS has no body to limit: its stream is left untouched (reading it would
    // build a full Request, with an AbortSignal, for every read).
    if (BODYLESS_METHODS.has(c.req.method)) return next();
    const limit = isUpload(c.req.method, c.req.path, c.req.header('content-type')) ? uploadLimit : jsonLimit;
    return limit(c, next);
  });
  app.use('/api/*', rejectDeepJson());
  app.use('/api/*', authenticate(context));
  app.use('/api/*', protectFromForgery(context));
  for (const path of [
    '/api/me',
    '/api/me/*',
    '/api/team',
    '/api/team/*',
    '/api/invitations',
    '/api/tokens',
    '/api/tokens/*',
    '/api/jobs',
    '/api/jobs/*',
    '/api/candidates/*',
    '/api/impact',
    '/api/impact/*',
    '/api/webhooks',
    '/api/webhooks/*',
    '/api/webhook-deliveries/*',
  ]) {
    app.use(path, requireActor);
  }
  app.use('/api/interview/*', async (c, next) => {
    takeRateLimit(interviewAddressLimiter, [`address:${c.get('clientAddress')}`]);
    takeRateLimit(interviewLimiter, [`link:${c.req.path.split('/')[3] ?? ''}`]);
    return next();
  });

  registerAuthRoutes(app, { context, signInLimiter });
  registerJobRoutes(app, { context });
  registerJobEventsRoutes(app, {
    context,
    log,
    ...(options.liveIntervalMs === undefined ? {} : { intervalMs: options.liveIntervalMs }),
  });
  registerCandidateRoutes(app, {
    context,
    renderPdf,
    pdfQueue: createFairQueue({ concurrency: 2, perKey: 1, maxWaitingPerKey: 10 }),
  });
  registerTeamRoutes(app, { context, signInLimiter, background });
  registerImpactRoutes(app, { context });
  registerWebhookRoutes(app, { context });
  registerInterviewRoutes(app, { context, lock: createKeyedLock(), log });

  // The OpenAPI document is built once, on its first request (every route is registered by then),
  // and kept with its compressed forms.
  let openApiDocument: Promise<TStaticAsset> | undefined;
  app.get('/openapi.json', async (c) => {
    openApiDocument ??= createStaticAsset(
      JSON.stringify(
        app.getOpenAPI31Document({
          openapi: '3.1.0',
          info: {
            title: 'Candor API',
            version: '0.1.0',
            description:
              'The HTTP API of Candor, the open-source AI interviewer that shows its evidence. Recruiter endpoints take a session cookie (changes need the x-csrf-token header) or an API token (Authorization: Bearer). Every id is scoped to your organisation. Errors are application/problem+json with a stable `code`.',
          },
        }),
      ),
      'application/json',
    );
    return sendStaticAsset(c, await openApiDocument, 'no-cache');
  });
  serveApiDocs(app);
  serveWebApp(app, options.webRoot);

  return {
    app,
    context,
    close: async () => {
      await background.settled();
      await context.tokenUses.settled();
      await work.close();
    },
  };
}
