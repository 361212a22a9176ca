import { CandorError } from '../candor-error.js';

/** Milliseconds since the epoch of an ISO 8601 time; a CandorError 'invalid_argument' naming `field` otherwise. */
export function parseInstant(value: string, field: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new CandorError('invalid_argument', `${field} must be an ISO 8601 time, got "${value}"`, {
      location: field,
    });
  }
  return time;
}
