/**
 * A small writer of real text PDFs for tests: Helvetica with WinAnsi encoding, one page per entry
 * of `pages`, each line set 14 points below the last from the top-left margin, and a correct
 * cross-reference table, so pdf.js (and any viewer) reads it like a PDF from a word processor.
 * No dependencies: tests make exactly the PDF they need, of any length.
 */

/**
 * A line of text, or a line drawn in a way that hides it: text render mode 3 (invisible), a fill
 * colour (RGB, 0–1), its own font size, or at a point of its own (outside the page, for example).
 */
export type TPdfLine =
  | string
  | {
      text: string;
      renderMode?: number;
      fill?: [number, number, number];
      fontSize?: number;
      at?: [number, number];
    };

export type TWritePdfOptions = {
  /** Font size in points (default 11). */
  fontSize?: number;
  /** Page size in points (default US Letter, 612 × 792). */
  pageWidth?: number;
  pageHeight?: number;
  /** Raw PDF operators painted on every page before its text (a coloured band, say). */
  underlay?: string;
};

/** Windows-1252 bytes for the characters above Latin-1 that resumes use (dashes, quotes, bullets, euro). */
const WIN_ANSI_EXTRAS: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** A PDF string literal in WinAnsi bytes; characters WinAnsi lacks become '?'. */
function pdfString(text: string): string {
  let literal = '(';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const byte = WIN_ANSI_EXTRAS[character] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : 0x3f);
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) literal += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) literal += `\\${byte.toString(8).padStart(3, '0')}`;
    else literal += String.fromCharCode(byte);
  }
  return `${literal})`;
}

export function writePdf(pages: TPdfLine[][], options: TWritePdfOptions = {}): Uint8Array {
  const fontSize = options.fontSize ?? 11;
  const width = options.pageWidth ?? 612;
  const height = options.pageHeight ?? 792;
  const leading = Math.round(fontSize * 1.3 * 100) / 100;
  const pageCount = Math.max(pages.length, 1);

  // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page.
  const objects: string[] = [];
  const pageObjectNumber = (index: number) => 4 + index * 2;
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const kids = Array.from({ length: pageCount }, (_, index) => `${pageObjectNumber(index)} 0 R`).join(' ');
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  for (let index = 0; index < pageCount; index++) {
    const lines = pages[index] ?? [];
    const commands =
      lines.length > 0 ? ['BT', `/F1 ${fontSize} Tf`, `${leading} TL`, `72 ${height - 72} Td`] : [];
    lines.forEach((line, lineIndex) => {
      if (typeof line === 'string') {
        commands.push(`${lineIndex === 0 ? '' : 'T* '}${pdfString(line)} Tj`);
        return;
      }
      const lineY = Math.round((height - 72 - lineIndex * leading) * 100) / 100;
      const [x, y] = line.at ?? [72, lineY];
      commands.push(`1 0 0 1 ${x} ${y} Tm`);
      if (line.renderMode !== undefined) commands.push(`${line.renderMode} Tr`);
      if (line.fill) commands.push(`${line.fill.join(' ')} rg`);
      if (line.fontSize !== undefined) commands.push(`/F1 ${line.fontSize} Tf`);
      commands.push(`${pdfString(line.text)} Tj`);
      if (line.renderMode !== undefined) commands.push('0 Tr');
      if (line.fill) commands.push('0 0 0 rg');
      if (line.fontSize !== undefined) commands.push(`/F1 ${fontSize} Tf`);
      // The next line continues from where this one would have been.
      commands.push(`1 0 0 1 72 ${lineY} Tm`);
    });
    if (lines.length > 0) commands.push('ET');
    const stream = [...(options.underlay ? [options.underlay] : []), ...commands].join('\n');
    objects[pageObjectNumber(index)] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObjectNumber(index) + 1} 0 R >>`;
    // Content is ASCII by construction (non-ASCII bytes are octal escapes), so its length in bytes is its length.
    objects[pageObjectNumber(index) + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }

  // The binary comment after the header tells transfer tools the file is binary, as real writers do.
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let number = 1; number < objects.length; number++) {
    offsets[number] = body.length;
    body += `${number} 0 obj\n${objects[number]}\nendobj\n`;
  }
  const xrefOffset = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let number = 1; number < objects.length; number++) {
    body += `${String(offsets[number]).padStart(10, '0')} 00000 n \n`;
  }
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  // Every character of `body` is a single byte (Latin-1), so string offsets are byte offsets.
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
