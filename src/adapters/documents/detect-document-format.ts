import { extname } from 'node:path';
import { createDocumentError } from './document-error.js';

/** How a document's bytes are to be read: 'zip' is checked further by the Word reader. */
export type TDetectedFormat = 'pdf' | 'zip' | 'markdown' | 'text' | 'json';

const ADVICE = 'Candor reads PDF, Word (.docx), Markdown, plain text and JSON files.';

type TSignature = { name: string; matches: (bytes: Uint8Array) => boolean; advice: string };

const startsWith = (bytes: Uint8Array, ...values: number[]) =>
  values.every((value, index) => bytes[index] === value);
const ascii = (bytes: Uint8Array, from: number, text: string) =>
  [...text].every((character, index) => bytes[from + index] === character.charCodeAt(0));

const IMAGE_ADVICE =
  'Candor needs the text, not a picture of it: export a text PDF or a .docx from the original, or paste the text into a .txt file.';

/** Formats recognised by their first bytes that Candor does not read, each with what to do instead. */
const UNSUPPORTED: TSignature[] = [
  { name: 'a PNG image', matches: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47), advice: IMAGE_ADVICE },
  { name: 'a JPEG image', matches: (b) => startsWith(b, 0xff, 0xd8, 0xff), advice: IMAGE_ADVICE },
  { name: 'a GIF image', matches: (b) => ascii(b, 0, 'GIF8'), advice: IMAGE_ADVICE },
  {
    name: 'a TIFF image',
    matches: (b) => ascii(b, 0, 'II*\0') || ascii(b, 0, 'MM\0*'),
    advice: IMAGE_ADVICE,
  },
  { name: 'a WebP image', matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'), advice: IMAGE_ADVICE },
  {
    name: 'a HEIC/AVIF image',
    matches: (b) =>
      ascii(b, 4, 'ftyp') && /^(heic|heix|mif1|avif)/.test(String.fromCharCode(...b.subarray(8, 12))),
    advice: IMAGE_ADVICE,
  },
  {
    name: 'a BMP image',
    matches: (b) => ascii(b, 0, 'BM') && b.length > 26 && b[14] !== undefined && b[14] >= 12 && b[15] === 0,
    advice: IMAGE_ADVICE,
  },
  {
    name: 'an old-format Office file (Word 97–2003 .doc, or a password-protected Office document)',
    matches: (b) => startsWith(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
    advice: 'Open it in Word and save it as .docx or PDF (without a password).',
  },
  {
    name: 'an RTF document',
    matches: (b) => ascii(b, 0, '{\\rtf'),
    advice: 'Open it and save it as .docx or PDF.',
  },
  { name: 'a PostScript file', matches: (b) => ascii(b, 0, '%!PS'), advice: 'Convert it to PDF first.' },
  {
    name: 'a gzip archive',
    matches: (b) => startsWith(b, 0x1f, 0x8b),
    advice: 'Extract the document and give Candor the document itself.',
  },
  {
    name: 'a 7-Zip archive',
    matches: (b) => startsWith(b, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c),
    advice: 'Extract the document and give Candor the document itself.',
  },
  {
    name: 'a RAR archive',
    matches: (b) => ascii(b, 0, 'Rar!'),
    advice: 'Extract the document and give Candor the document itself.',
  },
  {
    name: 'a program (executable)',
    matches: (b) => ascii(b, 0, '\x7fELF') || ascii(b, 0, 'MZ'),
    advice: ADVICE,
  },
];

/**
 * Decides how to read a file: by its first bytes first (a PDF named resume.docx is still a PDF;
 * a PNG named resume.pdf is refused as an image), by its extension second. Throws for formats
 * Candor does not read, naming the format and what to do instead.
 */
export function detectDocumentFormat(bytes: Uint8Array, path: string): TDetectedFormat {
  const extension = extname(path).toLowerCase();
  const head = bytes.subarray(0, 1024);
  // The PDF header may follow some junk bytes; readers accept it anywhere in the first kilobyte.
  if (Buffer.from(head).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'zip';

  for (const signature of UNSUPPORTED) {
    if (signature.matches(bytes)) {
      const namedAs = extension ? ` (its name says ${extension})` : '';
      throw createDocumentError(
        path,
        `this file is ${signature.name}${namedAs}, which Candor cannot read. ${signature.advice}`,
      );
    }
  }
  if (looksBinary(bytes)) {
    throw createDocumentError(path, `this is a binary file, not a document Candor can read. ${ADVICE}`);
  }
  if (extension === '.pdf') {
    throw createDocumentError(
      path,
      'this file is named .pdf but is not a PDF (it has no PDF header; it looks like plain text). Rename it to .txt, or export a real PDF.',
    );
  }
  if (extension === '.docx') {
    throw createDocumentError(
      path,
      'this file is named .docx but is not a Word document (it looks like plain text). Rename it to .txt, or save a real .docx from Word.',
    );
  }
  if (extension === '.doc') {
    throw createDocumentError(
      path,
      'this .doc file is not a Word document Candor can read. Save it as .docx or PDF.',
    );
  }
  if (extension === '.json' || extension === '.jsonld') return 'json';
  if (extension === '.md' || extension === '.markdown' || extension === '.mdown') return 'markdown';
  const start = Buffer.from(head).toString('utf8').trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) {
    throw createDocumentError(
      path,
      'this is a web page (HTML), which Candor does not read. Save the page as PDF, or copy its text into a .txt file.',
    );
  }
  if (extension === '' && (start.startsWith('{') || start.startsWith('['))) return 'json';
  return 'text';
}

/** NUL bytes or many control characters in the first 8 KiB: not text in any encoding we decode. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  const isUtf16 = startsWith(sample, 0xff, 0xfe) || startsWith(sample, 0xfe, 0xff);
  if (isUtf16) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.05;
}
