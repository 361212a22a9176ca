/** One line of a document, with where its trimmed content sits in the whole text. */
export type TTextLine = {
  /** 0-based line number. */
  index: number;
  /** The line without surrounding whitespace ('' for a blank line). */
  text: string;
  /** Offset of `text` in the whole text: `whole.slice(start, end) === text`. */
  start: number;
  end: number;
  /** Leading whitespace before `text` (a tab counts as one). */
  indent: number;
};

/**
 * Splits text into lines that remember their offsets, so parsers can quote the document
 * verbatim (a claim's text is always `whole.slice(start, end)`, never a rebuilt string).
 */
export function splitTextLines(text: string): TTextLine[] {
  const lines: TTextLine[] = [];
  let lineStart = 0;
  let index = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const raw = text.slice(lineStart, lineEnd);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const start = lineStart + (trimmed.length === 0 ? 0 : leading);
    lines.push({
      index,
      text: trimmed,
      start,
      end: start + trimmed.length,
      indent: trimmed.length === 0 ? 0 : leading,
    });
    index++;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return lines;
}
