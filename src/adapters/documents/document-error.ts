import { basename } from 'node:path';
import { CandorError } from '../../core/candor-error.js';

/**
 * The error for a document Candor cannot use. The message starts with the file's name and says
 * the problem in plain words, then what to do about it, because the person reading it is a
 * recruiter with a file in hand, not a developer.
 */
export function createDocumentError(path: string, problem: string, cause?: unknown): CandorError {
  return new CandorError('invalid_document', `${basename(path)}: ${problem}`, {
    location: path,
    ...(cause === undefined ? {} : { cause }),
  });
}
