/**
 * The web's errors that are not CandorError's (those stay CandorError: not_found, invalid_document,
 * invalid_argument, …). Each code says when it is thrown; the server maps both sets of codes to
 * HTTP statuses in one table (src/server/problem-status.ts).
 */
export type TWebErrorCode =
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
  /** A request body of a type the endpoint does not take. */
  | 'unsupported_media_type'
  /** A feature this installation lacks: PDF reports without Chromium. */
  | 'not_implemented';

const marker = Symbol.for('candor.web-error');

export class WebError extends Error {
  readonly [marker] = true;
  readonly code: TWebErrorCode;
  /** The request field or file the problem is about. */
  readonly field: string | undefined;
  /** Seconds until a rate-limited request may be tried again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: TWebErrorCode,
    message: string,
    options: { field?: string; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WebError';
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** Works across duplicated module instances, unlike `instanceof`. */
  static isInstance(error: unknown): error is WebError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
