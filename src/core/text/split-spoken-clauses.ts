import { blankFillers } from './blank-fillers.js';
import type { TSpan } from './split-sentences.js';

/** An answer this long with no full stop, question or exclamation mark is speech, not one sentence. */
const MIN_WORDS = 20;

/**
 * Where a new clause starts in unpunctuated speech: at a discourse marker ("so", "and then", "but",
 * "because", "i mean") that does not follow its subject ("i also check"), at a greeting that turns to a reader ("dear", "hello"), and at a subject
 * pronoun after a word ("…the records i used…", "…i fill it it's their call…"). In Spanish, French
 * and German the same markers in those languages ("pero", "porque", "mais", "aber"). Fillers ("um",
 * "you know", "o sea") are not boundaries: a speaker puts them anywhere, even inside a phrase ("on
 * the, um, features"); the reader blanks them (blankFillers).
 */
const BOUNDARY =
  /(?<!(?:^|\s)(?:i|we|you|they|he|she|it)\s*)\s+(?=(?:i\s+mean|so|and\s+then|then|but|because|also|dear|hello|hey|attention|pero|porque|luego|después|estimad[oa]s?|mais|parce\s+que|ensuite|puis|cher|chère|aber|weil|dann|liebe[rs]?|sehr\s+geehrte[rs]?)\s)|(?<=\p{L}{2,})\s+(?=(?:(?:i|we|they|he|she|yo|je|ich|wir)\s+\p{L}|j['’]\p{L}|(?:it|that|there)['’]s\s))/giu;

/** A stretch of nothing but fillers and discourse markers: no clause of its own, it opens the next. */
const ONLY_MARKERS =
  /^\s*(?:(?:um+|uh+|er+m?|eh+|euh|äh+|you\s+know|i\s+mean|so|and|and\s+then|then|but|because|also|o\s+sea|este|pero|luego|bah|mais|puis|aber|dann|like|well|yeah|okay|ok)\s*)*$/iu;

/**
 * Cuts a text typed or transcribed without sentence punctuation into clauses, so a reader can tell
 * where one claim ends and the next begins (negation, who acted, what was denied). Text with a
 * full stop, a question mark or an exclamation mark that ends a word ("e.g" and "v1.2" end nothing),
 * or fewer than 20 words, comes back as one span: punctuated prose is split by splitSentences alone. Every span is a verbatim slice.
 *
 * @example
 *   splitSpokenClauses('um so last year a warehouse associate came to me about her lead i did the intake the same day and then i interviewed four witnesses', 0)
 *   // texts: 'um so last year … about her lead' · 'i did the intake the same day' · 'and then i interviewed four witnesses'
 */
export function splitSpokenClauses(text: string, offset: number): TSpan[] {
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  // A sentence ends where a mark is followed by a space or the end: "e.g" and "v1.2" end nothing.
  if (/[.!?](?=\s|$)/.test(text) || words < MIN_WORDS)
    return [{ text, start: offset, end: offset + text.length }];
  const spans: TSpan[] = [];
  let from = 0;
  // Boundaries are found with the fillers blanked ("i um also check" is one clause).
  for (const match of blankFillers(text).matchAll(BOUNDARY)) {
    const to = match.index;
    // "um so the threshold was…": fillers and markers alone are no clause; they open the next one.
    if (ONLY_MARKERS.test(text.slice(from, to))) continue;
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
