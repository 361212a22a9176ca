/**
 * Fillers of speech that are never content: "um", "uh", "erm", "hmm" ("eh", "euh", "äh"), and "you know" where it asks
 * nothing ("you know how…", "do you know", "as you know" keep it).
 */
const FILLER =
  /(?<![\p{L}'’])(?:u+m+|u+h+|e+r+m+|h+m+|e+h+|euh|ä+h+)(?![\p{L}'’])|(?<!\b(?:do|did|does|if|as|would|to)\s+)\byou\s+know\b(?!\s+(?:how|what|why|where|when|who|whether|if|that|about)\b)/giu;

/**
 * The text with its fillers of speech replaced by spaces of the same length, so a tagger reads
 * "my manager um decided" as "my manager decided" while every offset still points into the
 * original text (quotes stay verbatim). Nothing else changes.
 *
 * @example
 *   blankFillers('i um also check quotes') // 'i    also check quotes'
 */
export function blankFillers(text: string): string {
  return text.replace(FILLER, (filler) => ' '.repeat(filler.length));
}
