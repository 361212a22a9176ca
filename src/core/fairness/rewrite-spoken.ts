import { identifyLanguage } from '../reading/identify-language.js';

/** Fillers in the answer's own language: English fillers in a Spanish answer would make it English. */
const FILLERS: Record<string, readonly string[]> = {
  en: ['um', 'like', 'you know'],
  es: ['eh', 'o sea', 'este'],
  fr: ['euh', 'bah', 'tu vois'],
  de: ['äh', 'halt', 'weißt du'],
};
/** A filler goes in before every this-many words. */
const EVERY = 7;

/**
 * Rewrites an answer in the register of a quick typed or spoken reply, with no change of
 * substance: all lower case, no sentence punctuation (full stops, commas, colons, semicolons,
 * dashes, question marks, quotes), and a filler ("um", "like", "you know"; "eh", "o sea", "este" in
 * Spanish; likewise in French and German) every seven words. Marks
 * inside a word or a number are kept ("99.8%", "10,000", "stack-ups", "don't", "/mnt/scans").
 * Deterministic.
 *
 * @example
 *   rewriteSpoken('Yes. We cut errors from 80 to 20, in two weeks.') // 'um yes we cut errors from 80 like to 20 in two weeks'
 */
export function rewriteSpoken(text: string): string {
  const fillers = FILLERS[identifyLanguage(text).code] ?? FILLERS.en!;
  const words = text
    .toLowerCase()
    // Punctuation between words, not inside a word or a number.
    .replace(/[.,;:!?…]+(?=\s|$)|[—–"“”«»()[\]*#]|(?<=\s)-(?=\s)|(?<=\s)['‘’]|['‘’](?=\s|$)/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  const out: string[] = [];
  words.forEach((word, index) => {
    if (index % EVERY === 0) out.push(fillers[(index / EVERY) % fillers.length]!);
    out.push(word);
  });
  return out.join(' ');
}
