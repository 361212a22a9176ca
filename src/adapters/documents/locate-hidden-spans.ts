import type { THiddenReason, THiddenSpan } from '../../core/resume.js';

/** Text a reader found hidden, as the file spelled it (its spacing may differ from the extracted text). */
export type THiddenText = { text: string; reason: THiddenReason };

/**
 * The hidden texts a reader found, located in the document's extracted text: each becomes a
 * verbatim slice of `text` (found ignoring white space, since layout joins and splits lines),
 * searched from where the previous one was found so repeated text maps in order. Consecutive
 * pieces with the same reason that sit next to each other in the text become one span; a piece
 * that cannot be found is left out, since the report can only quote what the text holds.
 */
export function locateHiddenSpans(text: string, hidden: readonly THiddenText[]): THiddenSpan[] {
  // The text without white space, and where each of its characters sits in `text`.
  const positions: number[] = [];
  let compact = '';
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index]!)) continue;
    compact += text[index];
    positions.push(index);
  }
  const located: Array<{ start: number; end: number; reason: THiddenReason }> = [];
  let from = 0;
  for (const piece of hidden) {
    const needle = piece.text.replace(/\s+/g, '');
    if (needle.length === 0) continue;
    let at = compact.indexOf(needle, from);
    if (at < 0) at = compact.indexOf(needle);
    if (at < 0) continue;
    from = at + needle.length;
    const start = positions[at]!;
    const end = positions[at + needle.length - 1]! + 1;
    const previous = located.at(-1);
    if (previous && previous.reason === piece.reason && /^\s*$/.test(text.slice(previous.end, start))) {
      previous.end = Math.max(previous.end, end);
    } else {
      located.push({ start, end, reason: piece.reason });
    }
  }
  const spans: THiddenSpan[] = [];
  for (const span of located) {
    const slice = text.slice(span.start, span.end);
    if (!spans.some((existing) => existing.text === slice && existing.reason === span.reason)) {
      spans.push({ text: slice, reason: span.reason });
    }
  }
  return spans;
}
