import { createDocumentError } from './document-error.js';

/** One file inside a zip archive, as its central directory declares it. */
export type TZipEntry = {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  isEncrypted: boolean;
  compressedSize: number;
  /** Declared, not proven: a hostile archive can understate it (see inflateZipEntry). */
  uncompressedSize: number;
  localHeaderOffset: number;
};

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/**
 * The entries of a zip archive (a .docx is one), read from its central directory alone: nothing
 * is inflated, so a zip bomb costs no more to inspect than any other file. Handles ZIP64. Throws
 * `invalid_document` when the directory is missing, truncated or inconsistent, or lists more than
 * `maxEntries` files.
 */
export function readZipDirectory(bytes: Uint8Array, path: string, maxEntries: number): TZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (detail: string) =>
    createDocumentError(
      path,
      `this Word file is damaged (${detail}). Open it in Word and save it again, or export it as PDF.`,
    );

  const endOffset = findEndOfCentralDirectory(view);
  if (endOffset < 0) throw damaged('its zip directory is missing; the file may be incomplete');
  let entryCount = view.getUint16(endOffset + 10, true);
  let directorySize = view.getUint32(endOffset + 12, true);
  let directoryOffset = view.getUint32(endOffset + 16, true);

  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = endOffset - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR)
      throw damaged('its ZIP64 directory is missing');
    const zip64End = Number(view.getBigUint64(locator + 8, true));
    if (zip64End + 56 > bytes.length || view.getUint32(zip64End, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY) {
      throw damaged('its ZIP64 directory is out of bounds');
    }
    entryCount = Number(view.getBigUint64(zip64End + 32, true));
    directorySize = Number(view.getBigUint64(zip64End + 40, true));
    directoryOffset = Number(view.getBigUint64(zip64End + 48, true));
  }
  if (entryCount > maxEntries) {
    throw createDocumentError(
      path,
      `this Word file holds ${entryCount} parts; Candor reads documents of up to ${maxEntries}. It is not a normal document: save it again from Word, or export it as PDF.`,
    );
  }
  if (directoryOffset + directorySize > bytes.length)
    throw damaged('its zip directory points past the end of the file');

  const entries: TZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      throw damaged('an entry of its zip directory is unreadable');
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let localHeaderOffset = view.getUint32(offset + 42, true);
    const nameStart = offset + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) throw damaged('its zip directory is truncated');
    const nameBytes = bytes.subarray(nameStart, extraStart);
    // Bit 11 marks UTF-8 names; older tools wrote code page 437, which is ASCII for the names that matter here.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);

    // ZIP64 sizes live in extra field 0x0001, in this order, only for the fields that overflowed.
    let extra = extraStart;
    while (extra + 4 <= extraStart + extraLength) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        const read64 = () => {
          const value = field + 8 <= extra + 4 + size ? Number(view.getBigUint64(field, true)) : Number.NaN;
          field += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = read64();
        if (compressedSize === 0xffffffff) compressedSize = read64();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = read64();
      }
      extra += 4 + size;
    }
    if (![compressedSize, uncompressedSize, localHeaderOffset].every(Number.isFinite)) {
      throw damaged(`the sizes of "${name}" are unreadable`);
    }
    entries.push({
      name,
      method,
      isEncrypted: (flags & 1) === 1,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    offset = next;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes followed by a comment of up to 65,535 bytes.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}
