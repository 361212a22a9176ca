import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CandorError } from '../core/candor-error.js';
import { parseJsonText } from '../core/parse-json-text.js';
import { parseTranscript } from '../core/parse-transcript.js';
import type { TTranscript } from '../core/transcript.js';

/** Transcripts are text; anything larger than this is not one. */
export const MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024;

/** A transcript from a JSON file, in the seed's form or Candor's own. */
export async function loadTranscript(path: string): Promise<TTranscript> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new CandorError('invalid_transcript', `${path}: is a folder, not a transcript file.`, {
        location: path,
      });
    size = info.size;
  } catch (error) {
    if (CandorError.isInstance(error)) throw error;
    throw new CandorError('invalid_transcript', `${path}: no such file.`, { location: path, cause: error });
  }
  if (size > MAX_TRANSCRIPT_BYTES) {
    throw new CandorError(
      'invalid_transcript',
      `${path}: ${(size / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MiB limit for a transcript.`,
      { location: path },
    );
  }
  const text = await readFile(path, 'utf8');
  return parseTranscript(parseJsonText(text, name, 'invalid_transcript'), name);
}
