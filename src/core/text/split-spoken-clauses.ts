import type { TSpan } from './split-sentences.js';

/** An answer this long with no full stop, question or exclamation mark is speech, not one sentence. */
const MIN_WORDS = 20;

/**
 * Where a new clause starts in unpunctuated speech: at a filler or a discourse marker ("um",
 * "uh", "you know", "so", "and then", "but", "because"), and at a first-person subject after a
 * content word ("…the records i used…"). In Spanish, French and German the same markers in those
 * languages ("eh", "o sea", "pero", "euh", "mais", "äh", "aber").
 */
const BOUNDARY =
  /\s+(?=(?:um+|uh+|er+m?|eh+|euh|äh+|you\s+know|i\s+mean|so|and\s+then|then|but|because|also|o\s+sea|este|pero|porque|luego|después|bah|mais|parce\s+que|ensuite|puis|aber|weil|dann|also)\s)|(?<=\p{L}{3,})\s+(?=(?:i|we|yo|je|j['’]|ich|wir)\s+\p{L})/giu;

/**
 * Cuts a text typed or transcribed without sentence punctuation into clauses, so a reader can tell
 * where one claim ends and the next begins (negation, who acted, what was denied). Text with a
 * full stop, a question mark or an exclamation mark, or fewer than 20 words, comes back as one
 * span: punctuated prose is split by splitSentences alone. Every span is a verbatim slice.
 *
 * @example
 *   splitSpokenClauses('um so last year a warehouse associate came to me about her lead i did the intake the same day and then i interviewed four witnesses', 0)
 *   // texts: 'um' · 'so last year … about her lead' · 'i did the intake the same day' · 'and' · 'then' · 'i interviewed four witnesses'
 */
export function splitSpokenClauses(text: string, offset: number): TSpan[] {
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  if (/[.!?]/.test(text.replace(/\d[.,]\d/g, '')) || words < MIN_WORDS)
    return [{ text, start: offset, end: offset + text.length }];
  const spans: TSpan[] = [];
  let from = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const to = match.index;
    if (to > from) push(spans, text, from, to, offset);
    from = to + match[0].length;
  }
  push(spans, text, from, text.length, offset);
  return spans;
}

function push(spans: TSpan[], text: string, from: number, to: number, offset: number): void {
  const raw = text.slice(from, to);
  const trimmed = raw.trim();
  if (trimmed === '') return;
  const start = offset + from + (raw.length - raw.trimStart().length);
  spans.push({ text: trimmed, start, end: start + trimmed.length });
}
