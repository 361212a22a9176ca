/**
 * Latin look-alikes from other scripts (Cyrillic, Greek, Armenian, letter-like symbols) that
 * NFKC leaves alone: "іgnоrе" written with Cyrillic і, о and е reads as "ignore".
 */
export const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  ү: 'y',
  ɡ: 'g',
  ɩ: 'i',
  ɑ: 'a',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ѵ: 'v',
  ԍ: 'g',
  ӏ: 'l',
  օ: 'o',
  ս: 'u',
  ց: 'g',
  հ: 'h',
  ո: 'n',
  ɪ: 'i',
  ʏ: 'y',
  ᴀ: 'a',
  ʀ: 'r',
  ᴇ: 'e',
  ᴏ: 'o',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
  ᴄ: 'c',
  ᴅ: 'd',
  ɢ: 'g',
  ʜ: 'h',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴘ: 'p',
};
export const CONFUSABLE_PATTERN = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'giu');

/**
 * The text with look-alike letters (Cyrillic "а", fullwidth "Ａ") replaced by the Latin letter
 * they imitate, character for character, so the result has the same length and offsets: for
 * finding sentence boundaries in disguised text, whose quotes still come from the original.
 */
export function foldLookAlikes(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    const confusable = CONFUSABLES[character.toLowerCase()];
    if (confusable) {
      folded += character === character.toLowerCase() ? confusable : confusable.toUpperCase();
      continue;
    }
    const compatible = character.normalize('NFKC');
    folded += compatible.length === 1 ? compatible : character;
  }
  return folded;
}
