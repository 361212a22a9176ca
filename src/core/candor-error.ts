/**
 * The one error class Candor throws on purpose. Each code says when it is thrown; shells map
 * codes to exit codes (CLI, src/cli/exit-codes.ts) or HTTP statuses (server,
 * src/server/problem-status.ts) in one table each, so callers never branch on a library's internals.
 */
export type TCandorErrorCode =
  /** A document could not be read: missing, empty, unreadable, encrypted, scanned, too large, wrong type. */
  | 'invalid_document'
  /** A transcript or plan file is not valid JSON or does not match its schema. */
  | 'invalid_transcript'
  /** A command-line flag or API field has a value Candor cannot use. */
  | 'invalid_argument'
  /** A model is configured but its API key is not set. */
  | 'missing_api_key'
  /** The model provider failed after retries, timed out, or replied with something unusable. */
  | 'model_failed'
  /** A stored record (session, job, candidate) does not exist. */
  | 'not_found'
  /** Storage failed (database unreadable, migration failed). */
  | 'storage_failed'
  // The web's codes: thrown only by the web app (src/app/web) and the server.
  /** No session or token, an expired one, or a wrong email or password. */
  | 'unauthenticated'
  /** Signed in, but not allowed: a state-changing request without its CSRF token, a cross-site origin. */
  | 'forbidden'
  /** The request clashes with what is stored: an email already signed up, an answer to a question not asked. */
  | 'conflict'
  /** The interview link's time ran out. */
  | 'link_expired'
  /** The interview link was revoked, or replaced by a newer one. */
  | 'link_revoked'
  /** What was asked for does not exist yet: a report before the evaluation finished. */
  | 'not_ready'
  /** Too many requests in a short time (sign-in, interview endpoints). */
  | 'rate_limited'
  /** A request body or an uploaded file larger than the server takes. */
  | 'payload_too_large'
  /** More work than one request may ask for: too many requirements, events, too deep a JSON body (src/core/limits). */
  | 'limit_exceeded'
  /** A request body of a type the endpoint does not take. */
  | 'unsupported_media_type'
  /** A feature this installation lacks: PDF reports without Chromium. */
  | 'not_implemented';

const marker = Symbol.for('candor.error');

export class CandorError extends Error {
  readonly [marker] = true;
  readonly code: TCandorErrorCode;
  /**
   * Where the problem is: a file path, a field path such as `turns[3].answer`, a line number, or
   * the request field or file the problem is about (the API answers it as problem+json `field`).
   */
  readonly location: string | undefined;
  /** Seconds until a rate-limited request may be tried again (the API answers it as `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: TCandorErrorCode,
    message: string,
    options: { location?: string; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CandorError';
    this.code = code;
    this.location = options.location;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** Works across duplicated module instances, unlike `instanceof`. */
  static isInstance(error: unknown): error is CandorError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
