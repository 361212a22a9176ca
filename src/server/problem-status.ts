import type { TCandorErrorCode } from '../core/candor-error.js';

/** Every error code the API answers with. */
export type TProblemCode = TCandorErrorCode | 'internal_error';

/**
 * The one table from error codes to HTTP statuses. A code's problem+json carries the code too,
 * so clients branch on `code`, never on the wording.
 */
export const STATUS_BY_CODE: Record<TProblemCode, number> = {
  invalid_argument: 400,
  invalid_document: 422,
  invalid_transcript: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  not_ready: 409,
  link_expired: 410,
  link_revoked: 410,
  payload_too_large: 413,
  limit_exceeded: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  storage_failed: 500,
  internal_error: 500,
  not_implemented: 501,
  model_failed: 502,
  missing_api_key: 503,
};

/** A short title per code, the same for every occurrence (RFC 9457: the title does not vary). */
export const TITLE_BY_CODE: Record<TProblemCode, string> = {
  invalid_argument: 'Invalid request',
  invalid_document: 'Unreadable document',
  invalid_transcript: 'Invalid plan',
  unauthenticated: 'Sign in required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  not_ready: 'Not ready yet',
  link_expired: 'Interview link expired',
  link_revoked: 'Interview link revoked',
  payload_too_large: 'Too large',
  limit_exceeded: 'Over a limit',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  storage_failed: 'Storage failed',
  internal_error: 'Internal error',
  not_implemented: 'Not available',
  model_failed: 'Model failed',
  missing_api_key: 'Model not configured',
};
