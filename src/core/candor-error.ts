/**
 * The one error class Candor throws on purpose. Each code says when it is thrown; shells map
 * codes to exit codes (CLI) or HTTP statuses (server) in one table each, so callers never
 * branch on a library's internals.
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
  | 'storage_failed';

const marker = Symbol.for('candor.error');

export class CandorError extends Error {
  readonly [marker] = true;
  readonly code: TCandorErrorCode;
  /** Where the problem is: a file path, a field path such as `turns[3].answer`, a line number. */
  readonly location: string | undefined;

  constructor(code: TCandorErrorCode, message: string, options: { location?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CandorError';
    this.code = code;
    this.location = options.location;
  }

  /** Works across duplicated module instances, unlike `instanceof`. */
  static isInstance(error: unknown): error is CandorError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
