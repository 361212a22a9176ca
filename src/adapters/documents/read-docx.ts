import { extname } from 'node:path';
import mammoth from 'mammoth';
import { htmlToText } from '../../core/ingest/html-to-text.js';
import { createDocumentError } from './document-error.js';
import { inflateZipEntry } from './inflate-zip-entry.js';
import { readZipDirectory, type TZipEntry } from './read-zip-directory.js';
import { extractWordXmlText } from './word-xml-text.js';
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
 * assertZipWithinLimits) and every part mammoth will read is first unpacked under a byte cap, so
 * a hostile archive is refused quickly and cheaply. Mammoth's HTML becomes plain text with
 * headings and bullets kept and each table row on one line; page headers, which mammoth skips,
 * are added at the top when they hold text the body does not (a name and contact line, often).
 */
export async function readDocx(bytes: Uint8Array, path: string, limits: TDocxLimits): Promise<string> {
  const entries = readZipDirectory(bytes, path, limits.maxEntries);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('word/document.xml')) throw describeOtherZip(names, path);
  assertZipWithinLimits(entries, path, limits);

  const headerTexts: string[] = [];
  for (const entry of entries.filter(isReadByMammoth)) {
    const unpacked = inflateZipEntry(bytes, entry, path);
    if (/^word\/header\d*\.xml$/.test(entry.name))
      headerTexts.push(extractWordXmlText(new TextDecoder().decode(unpacked)));
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
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

/** XML parts: the document, its styles, numbering, notes, relationships. Media are never unpacked. */
function isReadByMammoth(entry: TZipEntry): boolean {
  return /\.(?:xml|rels)$/i.test(entry.name) && !entry.name.startsWith('word/media/');
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
