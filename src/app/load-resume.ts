import { createDocumentError } from '../adapters/documents/document-error.js';
import {
  readDocument,
  type TDocument,
  type TReadDocumentOptions,
} from '../adapters/documents/read-document.js';
import { CandorError } from '../core/candor-error.js';
import { findJobPosting } from '../core/ingest/find-job-posting.js';
import { isJsonResume } from '../core/ingest/is-json-resume.js';
import { parseJsonResume, parseResumeText } from '../core/ingest/parse-resume.js';
import { describeLinesOverLimit } from '../core/limits/describe-lines-over-limit.js';
import { describeResumeOverLimits } from '../core/limits/describe-resume-over-limits.js';
import { LIMITS } from '../core/limits/limits.js';
import type { TResume } from '../core/resume.js';

export type TLoadedResume = { resume: TResume; document: TDocument };

/** Reads a resume (PDF, Word, Markdown, text, or JSON Resume) and extracts its contact details and claims. */
export async function loadResume(path: string, options: TReadDocumentOptions = {}): Promise<TLoadedResume> {
  const document = await readDocument(path, options);
  const loaded = readResume(document, path);
  const overLimits = describeResumeOverLimits(loaded.resume);
  if (overLimits !== null) throw createDocumentError(path, overLimits);
  return loaded;
}

function readResume(document: TDocument, path: string): TLoadedResume {
  if (document.format !== 'json') {
    const tooLong = describeLinesOverLimit(document.text, LIMITS.maxResumeLines, 'maxResumeLines');
    if (tooLong !== null) throw createDocumentError(path, tooLong);
    return { resume: parseResumeText(document.text, { hiddenSpans: document.hiddenSpans }), document };
  }

  if (findJobPosting(document.json)) {
    throw createDocumentError(
      path,
      'this is a job posting (schema.org JobPosting), not a resume. Give the resume (PDF, .docx, .md, .txt) or a JSON Resume.',
    );
  }
  if (!isJsonResume(document.json)) {
    throw createDocumentError(
      path,
      'this JSON is not a resume: expected a JSON Resume (jsonresume.org) with "basics" and "work". Or give the resume as PDF, .docx, .md or .txt.',
    );
  }
  try {
    return { resume: parseJsonResume(document.json), document };
  } catch (error) {
    if (CandorError.isInstance(error)) throw createDocumentError(path, error.message, error);
    throw error;
  }
}
