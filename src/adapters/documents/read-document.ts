import { open, stat } from 'node:fs/promises';
import { CandorError } from '../../core/candor-error.js';
import { findMarkupHiddenText } from '../../core/ingest/find-markup-hidden-text.js';
import { exceedsJsonDepth } from '../../core/limits/exceeds-json-depth.js';
import { jsonDepthProblem } from '../../core/limits/json-depth-problem.js';
import type { THiddenSpan } from '../../core/resume.js';
import { decodeTagCharacters, TAG_CHARACTERS } from '../../core/text/decode-tag-characters.js';
import { locateJsonError } from '../../core/text/locate-json-error.js';
import { decodeText } from './decode-text.js';
import { detectDocumentFormat } from './detect-document-format.js';
import { createDocumentError } from './document-error.js';
import { locateHiddenSpans, type THiddenText } from './locate-hidden-spans.js';
import { normalizeText } from './normalize-text.js';
import { readDocx } from './read-docx.js';
import { readPdf } from './read-pdf.js';

export type TDocumentFormat = 'markdown' | 'text' | 'pdf' | 'docx' | 'json';

/** A document read from disk: its plain text, and for JSON the parsed value as well. */
export type TDocument = {
  path: string;
  format: TDocumentFormat;
  /** Plain text in reading order (for JSON, the file's text as written), hidden text included. */
  text: string;
  json?: unknown;
  /**
   * Spans of `text` that the document hid from a person reading it (white or tiny text, Word's
   * hidden runs, PDF render mode 3, text off the page, Markdown comments, invisible characters),
   * each a verbatim slice of `text` with the reason. Empty for JSON.
   */
  hiddenSpans: THiddenSpan[];
};

export type TReadDocumentOptions = {
  /** Largest file read, in bytes. */
  maxBytes?: number;
  /** Most pages read from a PDF. */
  maxPdfPages?: number;
  /** Most characters of text taken from any document. */
  maxTextLength?: number;
  /** Most bytes a Word file may unpack to, all parts together, as its zip directory declares. */
  maxUnpackedBytes?: number;
  /** Highest compression ratio of any sizeable part of a Word file. */
  maxCompressionRatio?: number;
  /** Most parts (zip entries) in a Word file. */
  maxZipEntries?: number;
};

/**
 * Limits that no real resume or job description comes near, and that keep a hostile file
 * (a zip bomb, a 10,000-page PDF) from costing more than a moment.
 */
export const DEFAULT_DOCUMENT_LIMITS: Required<TReadDocumentOptions> = {
  maxBytes: 10 * 1024 * 1024,
  maxPdfPages: 100,
  maxTextLength: 1_000_000,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxZipEntries: 2_000,
};

/**
 * Reads a job description or resume from disk: PDF, Word (.docx), Markdown, plain text or JSON,
 * told apart by their first bytes before their extension. Every way a file can be unusable
 * (missing, a folder, empty, too large, damaged, encrypted, scanned, a format Candor does not
 * read, invalid JSON) is an `invalid_document` CandorError whose message names the file, the
 * problem and what to do, and whose `location` is the path.
 */
export async function readDocument(path: string, options: TReadDocumentOptions = {}): Promise<TDocument> {
  const limits = { ...DEFAULT_DOCUMENT_LIMITS, ...options };
  const bytes = await readBytes(path, limits.maxBytes);
  const detected = detectDocumentFormat(bytes, path);

  if (detected === 'json') return readJson(bytes, path, limits.maxTextLength);

  let format: TDocumentFormat;
  let raw: string;
  const hidden: THiddenText[] = [];
  switch (detected) {
    // pdf.js and mammoth are imported when their format is read: a Markdown job loads neither.
    case 'pdf': {
      format = 'pdf';
      raw = await readPdf(
        bytes,
        path,
        { maxPages: limits.maxPdfPages, maxTextLength: limits.maxTextLength },
        hidden,
      );
      break;
    }
    case 'zip': {
      format = 'docx';
      raw = await readDocx(
        bytes,
        path,
        {
          maxEntries: limits.maxZipEntries,
          maxUncompressedBytes: limits.maxUnpackedBytes,
          maxCompressionRatio: limits.maxCompressionRatio,
        },
        hidden,
      );
      break;
    }
    case 'markdown':
    case 'text':
      format = detected;
      raw = decodeText(bytes);
      break;
    default: {
      const unreachable: never = detected;
      throw new Error(`unhandled document format ${String(unreachable)}`);
    }
  }

  // Invisible tag characters spell ASCII: the text they spell is kept, and marked hidden.
  const text = normalizeText(raw).replace(TAG_CHARACTERS, (run) => {
    const decoded = decodeTagCharacters(run);
    if (decoded.trim().length > 0) hidden.push({ text: decoded, reason: 'invisible_characters' });
    return decoded;
  });
  if (text.length === 0) {
    const what =
      format === 'docx' ? 'this Word document contains no text' : 'this file contains only blank space';
    throw createDocumentError(path, `${what}. Check that it is the right file and that it was saved.`);
  }
  if (text.length > limits.maxTextLength) {
    throw createDocumentError(
      path,
      `this document holds ${text.length.toLocaleString('en-US')} characters of text; Candor reads up to ${limits.maxTextLength.toLocaleString('en-US')}, far more than any resume or job description. Check that it is the right file.`,
    );
  }
  // Hidden text the layout left out (text placed off the page, for one) is still part of the
  // document: it goes after the rest, so it can be quoted and never passes unseen.
  const compact = (value: string) => value.replace(/\s+/g, '');
  const pieces = hidden.map((piece) => ({ ...piece, text: normalizeText(piece.text) }));
  const dropped = [...new Set(pieces.map((piece) => piece.text))].filter(
    (piece) => piece.length > 0 && !compact(text).includes(compact(piece)),
  );
  const fullText = dropped.length > 0 ? `${text}\n\n${dropped.join('\n')}` : text;
  const hiddenSpans = locateHiddenSpans(fullText, [
    ...pieces,
    ...(format === 'markdown' || format === 'text' ? findMarkupHiddenText(fullText) : []),
  ]);
  return { path, format, text: fullText, hiddenSpans };
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw createDocumentError(path, 'this is a folder, not a file. Give the path of the document itself.');
    }
    if (!info.isFile()) {
      throw createDocumentError(
        path,
        'this is not a regular file (a device or pipe). Give the path of a saved document.',
      );
    }
    size = info.size;
  } catch (error) {
    throw describeFileSystemError(error, path);
  }
  if (size === 0)
    throw createDocumentError(
      path,
      'this file is empty (0 bytes). Check that it is the right file and that it was saved.',
    );
  if (size > maxBytes) {
    throw createDocumentError(
      path,
      `this file is ${formatSize(size)}; Candor reads documents of up to ${formatSize(maxBytes)}. Export it without images or attachments, or paste the text into a .txt file.`,
    );
  }
  try {
    // Read at most one byte past the limit: the file may have grown since it was measured.
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) {
        throw createDocumentError(
          path,
          `this file is larger than ${formatSize(maxBytes)}, the most Candor reads. Export a smaller file, or paste the text into a .txt file.`,
        );
      }
      if (length === 0)
        throw createDocumentError(
          path,
          'this file is empty (0 bytes). Check that it is the right file and that it was saved.',
        );
      return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw describeFileSystemError(error, path);
  }
}

function describeFileSystemError(error: unknown, path: string) {
  if (CandorError.isInstance(error)) return error;
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return createDocumentError(
        path,
        `file not found (looked for ${path}). Check the path and the spelling.`,
        error,
      );
    case 'EACCES':
    case 'EPERM':
      return createDocumentError(
        path,
        'permission denied: Candor may not read this file. Check its permissions.',
        error,
      );
    case 'EISDIR':
      return createDocumentError(
        path,
        'this is a folder, not a file. Give the path of the document itself.',
        error,
      );
    case 'ENOTDIR':
      return createDocumentError(
        path,
        `file not found (a part of ${path} is not a folder). Check the path.`,
        error,
      );
    default:
      return createDocumentError(path, `this file could not be read (${code ?? String(error)}).`, error);
  }
}

function readJson(bytes: Uint8Array, path: string, maxTextLength: number): TDocument {
  const text = decodeText(bytes);
  if (text.trim().length === 0) {
    throw createDocumentError(
      path,
      'this file contains only blank space. Check that it is the right file and that it was saved.',
    );
  }
  // Before JSON.parse: a huge or deeply nested JSON costs seconds to parse, these checks microseconds.
  if (text.length > maxTextLength) {
    throw createDocumentError(
      path,
      `this JSON holds ${text.length.toLocaleString('en-US')} characters; Candor reads up to ${maxTextLength.toLocaleString('en-US')}, far more than any resume or job description. Check that it is the right file.`,
    );
  }
  if (exceedsJsonDepth(text)) throw createDocumentError(path, `this is ${jsonDepthProblem()}`);
  try {
    return { path, format: 'json', text, json: JSON.parse(text), hiddenSpans: [] };
  } catch (error) {
    const location = locateJsonError(text);
    const where = location ? ` at line ${location.line}, column ${location.column}: ${location.problem}` : '';
    throw createDocumentError(
      path,
      `this is not valid JSON${where}. Fix it in an editor (most show the spot), or use a .md or .txt file instead.`,
      error,
    );
  }
}
