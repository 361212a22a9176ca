import { extname } from 'node:path';
import { htmlToText } from '../../core/ingest/html-to-text.js';
import { createDocumentError } from './document-error.js';
import { findDocxHiddenText } from './find-docx-hidden-text.js';
import { inflateZipEntry } from './inflate-zip-entry.js';
import type { THiddenText } from './locate-hidden-spans.js';
import { readZipDirectory, type TZipEntry } from './read-zip-directory.js';
import { extractWordXmlText } from './word-xml-text.js';
import { writeStoredZip } from './write-stored-zip.js';
import { assertZipWithinLimits, type TZipLimits } from './zip-limits.js';

export type TDocxLimits = TZipLimits & { maxEntries: number };

/** Zip archives that are documents of other programs, each with what to do instead. */
const OTHER_ZIP_FORMATS: Array<{ isFormat: (names: Set<string>) => boolean; name: string }> = [
  { isFormat: (names) => names.has('xl/workbook.xml'), name: 'an Excel workbook' },
  { isFormat: (names) => names.has('ppt/presentation.xml'), name: 'a PowerPoint presentation' },
  {
    isFormat: (names) => names.has('mimetype') && names.has('content.xml'),
    name: 'an OpenDocument file (LibreOffice)',
  },
  {
    isFormat: (names) => names.has('index.xml') || names.has('Index/Document.iwa'),
    name: 'an Apple Pages document',
  },
];

/**
 * The text of a Word (.docx) file. The archive is inspected before anything is unpacked (see
 * assertZipWithinLimits) and mammoth reads a rebuilt archive of parts already unpacked under a
 * byte cap, so a hostile archive is refused quickly and cheaply, whichever parts it points to.
 * Mammoth's HTML becomes plain text with headings and bullets kept and each table row on one line; page headers, which mammoth skips,
 * are added at the top when they hold text the body does not (a name and contact line, often).
 * Text the document hides from a reader (see findDocxHiddenText) stays in the text, as mammoth
 * gives it, and is added to `hidden`.
 */
export async function readDocx(
  bytes: Uint8Array,
  path: string,
  limits: TDocxLimits,
  hidden: THiddenText[] = [],
): Promise<string> {
  const entries = readZipDirectory(bytes, path, limits.maxEntries);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('word/document.xml')) throw describeOtherZip(names, path);
  assertZipWithinLimits(entries, path, limits);

  // Mammoth follows the package's relationships to any part (the main document may be any name),
  // so it gets a rebuilt archive: every part unpacked here, each held to its declared size (all
  // together to maxUncompressedBytes, checked above), stored uncompressed. Images, which are
  // never read, are left empty. Nothing it opens can inflate further.
  const parts: Array<{ name: string; data: Uint8Array }> = [];
  const headerTexts: string[] = [];
  const wordParts: string[] = [];
  let stylesXml: string | undefined;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (isImage(entry)) {
      parts.push({ name: entry.name, data: new Uint8Array(0) });
      continue;
    }
    const unpacked = inflateZipEntry(bytes, entry, path);
    parts.push({ name: entry.name, data: unpacked });
    if (/^word\/header\d*\.xml$/.test(entry.name)) {
      const xml = new TextDecoder().decode(unpacked);
      headerTexts.push(extractWordXmlText(xml));
      wordParts.push(xml);
    }
    if (entry.name === 'word/document.xml') wordParts.unshift(new TextDecoder().decode(unpacked));
    if (entry.name === 'word/styles.xml') stylesXml = new TextDecoder().decode(unpacked);
  }
  for (const part of wordParts) hidden.push(...findDocxHiddenText(part, stylesXml));

  let html: string;
  try {
    // mammoth is loaded when a Word file is first read.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml(
      { buffer: writeStoredZip(parts) },
      {
        // Images are not text, and reading them would unpack them: each becomes an empty <img>.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (error) {
    throw createDocumentError(
      path,
      'this Word file could not be read (it is damaged or not a real .docx). Open it in Word and save it again, or export it as PDF.',
      error,
    );
  }
  const body = htmlToText(html);
  const headerLines = [...new Set(headerTexts.flatMap((text) => text.split('\n')))].filter(
    (line) => line.length > 0 && !body.includes(line),
  );
  return [...headerLines, body].join('\n').trim();
}

/** Pictures and other media: never unpacked (mammoth is told to make each an empty <img>). */
function isImage(entry: TZipEntry): boolean {
  return (
    entry.name.startsWith('word/media/') ||
    /\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$/i.test(entry.name)
  );
}

function describeOtherZip(names: Set<string>, path: string) {
  const other = OTHER_ZIP_FORMATS.find((format) => format.isFormat(names));
  const namedAs = extname(path) ? ` (its name says ${extname(path).toLowerCase()})` : '';
  if (other) {
    return createDocumentError(
      path,
      `this file is ${other.name}${namedAs}, not a Word document. Save it as .docx or PDF, or paste the text into a .txt file.`,
    );
  }
  return createDocumentError(
    path,
    `this file is a zip archive${namedAs}, not a Word document. Extract the resume or job description and give Candor that file (PDF, .docx, .md or .txt).`,
  );
}
