import { CandorError } from '../../core/candor-error.js';
import { createDocumentError } from './document-error.js';
import { findPdfHiddenText } from './find-pdf-hidden-text.js';
import { layoutPdfText, type TPdfTextItem } from './layout-pdf-text.js';
import type { THiddenText } from './locate-hidden-spans.js';

export type TPdfLimits = { maxPages: number; maxTextLength: number };

type TPdfDocument = Awaited<ReturnType<typeof import('unpdf').getDocumentProxy>>;

const PAGE_NUMBER_LINE = /^(?:page\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$|^page\s+\d{1,3}$/i;

/**
 * The text of a PDF in reading order, page after page. Refuses, with the reason in plain words,
 * PDFs that are encrypted, damaged, longer than `maxPages`, with more than `maxTextLength`
 * characters of text, or without a text layer (a scan). Text the PDF hides from a reader (see
 * findPdfHiddenText) stays in the text and is added to `hidden`.
 */
export async function readPdf(
  bytes: Uint8Array,
  path: string,
  limits: TPdfLimits,
  hidden: THiddenText[] = [],
): Promise<string> {
  let pdf: TPdfDocument;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
    // Text is all Candor reads: no font faces, system fonts, images, eval, XFA forms, range or
    // stream fetching, or fetches from a worker (the bytes are all here).
    // pdf.js is loaded when a PDF is first read: a command that reads none never pays for it.
    const { getDocumentProxy } = await import('unpdf');
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      stopAtErrors: false,
      disableFontFace: true,
      useSystemFonts: false,
      fontExtraProperties: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      useWorkerFetch: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      useWasm: false,
    });
  } catch (error) {
    throw describeOpenFailure(error, bytes, path);
  }
  try {
    if (pdf.numPages > limits.maxPages) {
      throw createDocumentError(
        path,
        `this PDF has ${pdf.numPages} pages; Candor reads documents of up to ${limits.maxPages} pages. Give it the resume or job description alone.`,
      );
    }
    const pages: string[] = [];
    let length = 0;
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const pageText = await readPageText(pdf, pageNumber, path, hidden);
      length += pageText.length;
      if (length > limits.maxTextLength) {
        throw createDocumentError(
          path,
          `this PDF holds more than ${limits.maxTextLength.toLocaleString('en-US')} characters of text, far more than a resume or job description. Check that it is the right file.`,
        );
      }
      pages.push(pageText);
    }
    const text = pages.join('\n\n');
    if (text.trim().length === 0) {
      throw (await hasImages(pdf))
        ? createDocumentError(
            path,
            'this PDF has no text layer (it looks like a scanned image). Export a text PDF from the original, or paste the text into a .txt file.',
          )
        : createDocumentError(
            path,
            'this PDF contains no text (its pages are blank). Check that it is the right file.',
          );
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}

async function readPageText(
  pdf: TPdfDocument,
  pageNumber: number,
  path: string,
  hidden: THiddenText[],
): Promise<string> {
  try {
    const page = await pdf.getPage(pageNumber);
    hidden.push(...(await findPdfHiddenText(page)));
    const content = await page.getTextContent();
    const items: TPdfTextItem[] = [];
    const rotated: string[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim().length === 0) continue;
      const [a, b, c, d, x, y] = item.transform as number[];
      // Sideways text (a rotated label in a margin) has no place in the rows; it is kept, after the page.
      if (Math.abs(b ?? 0) > 0.01 || Math.abs(c ?? 0) > 0.01) {
        rotated.push(item.str.trim());
        continue;
      }
      const fontSize = Math.abs(d ?? 0) || Math.abs(a ?? 0);
      items.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, fontSize });
    }
    page.cleanup();
    const lines = layoutPdfText(items)
      .split('\n')
      .filter((line) => !PAGE_NUMBER_LINE.test(line.trim()));
    return [...lines, ...rotated].join('\n');
  } catch (error) {
    if (CandorError.isInstance(error)) throw error;
    throw createDocumentError(
      path,
      `page ${pageNumber} of this PDF could not be read (the file looks damaged). Open it and export or "print" it to PDF again.`,
      error,
    );
  }
}

function describeOpenFailure(error: unknown, bytes: Uint8Array, path: string) {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException' || hasEncryptDictionary(bytes)) {
    return createDocumentError(
      path,
      'this PDF is encrypted (password-protected), so its text cannot be read. Remove the password (open it and export or "print" it to a new PDF) and try again.',
      error,
    );
  }
  return createDocumentError(
    path,
    'this file could not be read as a PDF (it is damaged or incomplete). Open it and export or "print" it to PDF again, or paste the text into a .txt file.',
    error,
  );
}

/** The trailer of an encrypted PDF names its `/Encrypt` dictionary, whatever pdf.js makes of the rest. */
function hasEncryptDictionary(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Encrypt');
}

/** Whether the first pages paint images: a PDF of images without text is a scan. */
async function hasImages(pdf: TPdfDocument): Promise<boolean> {
  const { OPS } = await (await import('unpdf')).getResolvedPDFJS();
  const imageOperators = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
  ]);
  for (let pageNumber = 1; pageNumber <= Math.min(pdf.numPages, 3); pageNumber++) {
    const page = await pdf.getPage(pageNumber);
    const operators = await page.getOperatorList();
    if (operators.fnArray.some((operator) => imageOperators.has(operator))) return true;
  }
  return false;
}
