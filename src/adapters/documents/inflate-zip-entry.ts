import { inflateRawSync } from 'node:zlib';
import { createDocumentError } from './document-error.js';
import type { TZipEntry } from './read-zip-directory.js';

const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * The unpacked bytes of one zip entry, never more than it declares: inflation stops at the
 * declared size (zlib's `maxOutputLength`), so an archive that understates its sizes to slip
 * past the directory check is refused after inflating at most what it admitted to.
 */
export function inflateZipEntry(bytes: Uint8Array, entry: TZipEntry, path: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = () =>
    createDocumentError(
      path,
      `this Word file is damaged (its part "${entry.name}" is unreadable). Open it in Word and save it again, or export it as PDF.`,
    );
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_FILE_HEADER) throw damaged();
  const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw damaged();
  const data = bytes.subarray(dataStart, dataEnd);

  let output: Uint8Array;
  if (entry.method === 0) output = data;
  else if (entry.method === 8) {
    try {
      output = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw createDocumentError(
          path,
          `a part of this Word file ("${entry.name}") unpacks to more than it declares: the file is damaged or built to exhaust memory (a "zip bomb"). Save it again from Word, or export it as PDF.`,
          error,
        );
      }
      throw damaged();
    }
  } else {
    throw createDocumentError(
      path,
      `this Word file uses a compression method (${entry.method}) Candor does not read. Save it again from Word, or export it as PDF.`,
    );
  }
  if (output.length !== entry.uncompressedSize) throw damaged();
  return output;
}
