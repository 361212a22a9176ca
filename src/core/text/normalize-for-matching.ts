import { decodeTagCharacters, TAG_CHARACTERS } from './decode-tag-characters.js';
import { CONFUSABLE_PATTERN, CONFUSABLES } from './fold-look-alikes.js';

/** Characters that take no room on screen: zero-width spaces and joiners, word joiners, soft hyphens, BOMs. */
export const INVISIBLE_CHARACTERS =
  /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]|\u034f/gu;

/**
 * One spelling for matching phrases, whatever tricks the writer used: invisible characters
 * removed, tag characters decoded, compatibility forms folded (NFKC: fullwidth "ｉｇｎｏｒｅ",
 * ligatures, circled and mathematical letters), look-alike letters mapped to Latin, accents
 * dropped ("évaluation" → "evaluation"), lower case, typographic quotes and dashes made plain,
 * and runs of blank space made one space. For matching only: quotes always come from the original.
 */
export function normalizeForMatching(text: string): string {
  return text
    .replace(TAG_CHARACTERS, decodeTagCharacters)
    .replace(INVISIBLE_CHARACTERS, '')
    .normalize('NFKC')
    .replace(CONFUSABLE_PATTERN, (character) => {
      const lower = CONFUSABLES[character.toLowerCase()];
      return lower ?? character;
    })
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u201a\u201b\u2032´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
