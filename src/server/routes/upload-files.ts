import type { TUploadedFile } from '../../app/web/add-candidates.js';
import { CandorError } from '../../core/candor-error.js';

/** Most files one upload request takes. */
export const MAX_FILES_PER_UPLOAD = 50;

/** The files of a multipart form field (one or many), read into memory (the body limit bounds them). */
export async function uploadedFiles(value: unknown, field: string): Promise<TUploadedFile[]> {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const files = values.filter((item): item is File => item instanceof File);
  if (files.length === 0) {
    throw new CandorError(
      'unsupported_media_type',
      `Send the file${field === 'files' ? 's' : ''} as multipart/form-data in the "${field}" field.`,
      {
        location: field,
      },
    );
  }
  if (files.length > MAX_FILES_PER_UPLOAD) {
    throw new CandorError(
      'payload_too_large',
      `At most ${MAX_FILES_PER_UPLOAD} files at a time; this request has ${files.length}.`,
      {
        location: field,
      },
    );
  }
  return Promise.all(
    files.map(async (file) => ({
      fileName: file.name || 'upload',
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}
