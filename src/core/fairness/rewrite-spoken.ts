const FILLERS = ['um', 'like', 'you know'];
/** A filler goes in before every this-many words. */
const EVERY = 7;

/**
 * Rewrites an answer in the register of a quick typed or spoken reply, with no change of
 * substance: all lower case, no sentence punctuation (full stops, commas, colons, semicolons,
 * dashes, question marks, quotes), and a filler ("um", "like", "you know") every seven words. Marks
 * inside a word or a number are kept ("99.8%", "10,000", "stack-ups", "don't", "/mnt/scans").
 * Deterministic.
 *
 * @example
 *   rewriteSpoken('Yes. We cut errors from 80 to 20, in two weeks.') // 'um yes we cut errors from 80 like to 20 in two weeks'
 */
export function rewriteSpoken(text: string): string {
  const words = text
    .toLowerCase()
    // Punctuation between words, not inside a word or a number.
    .replace(/[.,;:!?…]+(?=\s|$)|[—–"“”«»()[\]*#]|(?<=\s)-(?=\s)|(?<=\s)['‘’]|['‘’](?=\s|$)/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  const out: string[] = [];
  words.forEach((word, index) => {
    if (index % EVERY === 0) out.push(FILLERS[(index / EVERY) % FILLERS.length]!);
    out.push(word);
  });
  return out.join(' ');
}
