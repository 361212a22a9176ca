import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * A file name safe to write and to show: the last path segment, without control characters and
 * without the bidirectional and invisible formatting characters that make `exe.pdf` look like
 * `fdp.exe` (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF, C1 controls), at most 200 characters.
 */
export function safeFileName(fileName: string): string {
  const name = basename(fileName.normalize('NFC').replace(/\\/g, '/'))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f/\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .trim()
    .slice(-200);
  return name === '' || name === '.' || name === '..' ? 'upload' : name;
}

/**
 * Runs `read` on an uploaded file written to a private temporary folder under its own name, then
 * deletes it, whatever happens. Uploads so go through exactly the readers, limits and error
 * messages of files on disk (which name the file); nothing of a refused upload is kept.
 */
export async function withUploadedFile<T>(
  bytes: Uint8Array,
  fileName: string,
  read: (path: string) => Promise<T>,
): Promise<T> {
  const directory = await mkdtemp(join(tmpdir(), 'candor-upload-'));
  try {
    const path = join(directory, safeFileName(fileName));
    await writeFile(path, bytes, { mode: 0o600 });
    return await read(path);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
