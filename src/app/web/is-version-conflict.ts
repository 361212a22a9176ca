import { CandorError } from '../../core/candor-error.js';

/** The session store's compare-and-set failed: another request saved the interview since it was read. */
export function isVersionConflict(error: unknown): boolean {
  return CandorError.isInstance(error) && error.code === 'conflict' && error.location === 'version';
}
