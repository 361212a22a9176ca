import type { TCandorErrorCode } from '../core/candor-error.js';

/** Exit codes scripts can rely on (documented in the README). */
export const EXIT = {
  ok: 0,
  /** Something Candor did not expect: a bug. Run with CANDOR_DEBUG=1 for the stack trace. */
  unexpected: 1,
  /** Bad input: a document, transcript, plan or flag Candor cannot use. */
  invalidInput: 2,
  /** The model: no API key, or the provider failed after retries. */
  modelFailed: 3,
  /** Storage: the database could not be opened or written. */
  storageFailed: 4,
  /** Interrupted (Ctrl-C); everything up to the last answer is saved. */
  interrupted: 130,
} as const;

/**
 * The one table from error codes to exit codes. The web's codes are thrown only by the server,
 * never by a CLI command; they are mapped all the same so the table stays total.
 */
export const EXIT_CODE_BY_ERROR: Record<TCandorErrorCode, number> = {
  invalid_document: EXIT.invalidInput,
  invalid_transcript: EXIT.invalidInput,
  invalid_argument: EXIT.invalidInput,
  not_found: EXIT.invalidInput,
  missing_api_key: EXIT.modelFailed,
  model_failed: EXIT.modelFailed,
  storage_failed: EXIT.storageFailed,
  // The request, its credentials or its timing: the caller's input, as the HTTP 4xx they map to.
  unauthenticated: EXIT.invalidInput,
  forbidden: EXIT.invalidInput,
  conflict: EXIT.invalidInput,
  link_expired: EXIT.invalidInput,
  link_revoked: EXIT.invalidInput,
  not_ready: EXIT.invalidInput,
  rate_limited: EXIT.invalidInput,
  payload_too_large: EXIT.invalidInput,
  limit_exceeded: EXIT.invalidInput,
  unsupported_media_type: EXIT.invalidInput,
  // A feature this installation lacks (HTTP 501): not the input's fault, so not exit 2.
  not_implemented: EXIT.unexpected,
};
