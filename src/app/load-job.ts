import { createDocumentError } from '../adapters/documents/document-error.js';
import {
  readDocument,
  type TDocument,
  type TReadDocumentOptions,
} from '../adapters/documents/read-document.js';
import { CandorError } from '../core/candor-error.js';
import { isJsonResume } from '../core/ingest/is-json-resume.js';
import { parseJobPosting, parseJobText } from '../core/ingest/parse-job.js';
import type { TJob } from '../core/job.js';
import { describeJobOverLimits } from '../core/limits/describe-job-over-limits.js';
import { describeLinesOverLimit } from '../core/limits/describe-lines-over-limit.js';
import { LIMITS } from '../core/limits/limits.js';

export type TLoadedJob = { job: TJob; document: TDocument };

/**
 * Reads a job description (PDF, Word, Markdown, text, or schema.org JobPosting JSON) and
 * extracts its requirements. A document without requirements is refused: an interview plan
 * needs something to test.
 */
export async function loadJob(path: string, options: TReadDocumentOptions = {}): Promise<TLoadedJob> {
  const document = await readDocument(path, options);
  let job: TJob;
  if (document.format === 'json') {
    if (isJsonResume(document.json)) {
      throw createDocumentError(
        path,
        'this is a JSON Resume, not a job description. Give a job description (PDF, .docx, .md, .txt) or a schema.org JobPosting JSON.',
      );
    }
    try {
      job = parseJobPosting(document.json);
    } catch (error) {
      if (CandorError.isInstance(error)) throw createDocumentError(path, error.message, error);
      throw error;
    }
  } else {
    const tooLong = describeLinesOverLimit(document.text, LIMITS.maxJobLines, 'maxJobLines');
    if (tooLong !== null) throw createDocumentError(path, tooLong);
    job = parseJobText(document.text);
  }
  const overLimits = describeJobOverLimits(job);
  if (overLimits !== null) throw createDocumentError(path, overLimits);
  if (job.requirements.length === 0) {
    throw createDocumentError(
      path,
      'no requirements found: add a Requirements section with bullets (and a "Nice to have" section for optional ones).',
    );
  }
  return { job, document };
}
