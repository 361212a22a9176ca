import { createDocumentError } from './document-error.js';
import type { TZipEntry } from './read-zip-directory.js';

export type TZipLimits = {
  /** Most bytes all entries together may declare when unpacked. */
  maxUncompressedBytes: number;
  /** Highest unpacked-to-packed ratio for any sizeable entry. */
  maxCompressionRatio: number;
};

/** Entries smaller than this unpacked are never suspicious, whatever their ratio (XML of a few KB compresses well). */
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * Refuses archives that would unpack to too much, or that pack an entry at a ratio no real
 * document reaches (the shape of a zip bomb), from the declared sizes alone, before anything
 * is inflated. Declared sizes can lie; inflateZipEntry holds each entry to its declared size.
 */
export function assertZipWithinLimits(entries: TZipEntry[], path: string, limits: TZipLimits): void {
  const advice =
    'It is not a normal document (it may be a "zip bomb"). Save it again from Word, or export it as PDF.';
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw createDocumentError(
      path,
      `this Word file would unpack to ${megabytes(total)}; Candor unpacks documents of up to ${megabytes(limits.maxUncompressedBytes)}. ${advice}`,
    );
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize >= RATIO_CHECK_FROM_BYTES && ratio > limits.maxCompressionRatio) {
      throw createDocumentError(
        path,
        `a part of this Word file ("${entry.name}") is compressed ${Math.round(ratio)} to 1, far beyond any real document. ${advice}`,
      );
    }
  }
  if (entries.some((entry) => entry.isEncrypted)) {
    throw createDocumentError(
      path,
      'this Word file is encrypted (password-protected). Remove the password in Word, or export it as PDF.',
    );
  }
}
