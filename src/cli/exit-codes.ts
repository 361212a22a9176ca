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

export const EXIT_CODE_BY_ERROR: Record<TCandorErrorCode, number> = {
  invalid_document: EXIT.invalidInput,
  invalid_transcript: EXIT.invalidInput,
  invalid_argument: EXIT.invalidInput,
  not_found: EXIT.invalidInput,
  missing_api_key: EXIT.modelFailed,
  model_failed: EXIT.modelFailed,
  storage_failed: EXIT.storageFailed,
};
