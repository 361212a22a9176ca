import { franc } from 'franc-min';

/** Languages the reader knows by name; anything else is reported by its ISO 639-3 code. */
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
};

/** The names of the languages the reader tells apart ("English", "Spanish", …). */
export const SPOKEN_LANGUAGE_NAMES: readonly string[] = Object.values(LANGUAGE_NAMES);

const ISO_639_1: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
};

export type TLanguage = { code: string; name: string };

export const ENGLISH: TLanguage = { code: 'en', name: 'English' };

const ENGLISH_FUNCTION_WORDS = new Set(
  `the and is are was were i to of we it that with for on in my you this but so have not be at as a an yes
  if or do did they he she our your there what how when which would can will just like such also about from
  by up out then than`.split(/\s+/),
);

/** Shorter texts than this are too short to tell languages apart; they count as English. */
const MIN_LENGTH = 24;

/**
 * The language a text is written in (franc's trigram model over the languages candidates most
 * often answer in). Short texts, code and numbers are taken as English, the interview's language.
 *
 * @example
 *   identifyLanguage('Se apaga la línea, se abre el desconectador y cada persona pone su candado.') // { code: 'es', … }
 *   identifyLanguage('On refroidit de 63 à 10 degrés en moins de deux heures.')                     // { code: 'fr', … }
 *   identifyLanguage('yes')                                                                       // { code: 'en', … }
 */
export function identifyLanguage(text: string): TLanguage {
  const letters = text
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (letters.length < MIN_LENGTH) return ENGLISH;
  // Trigrams mistake short, casual English ("im not sure but i did use GEnai") for other
  // languages; English function words settle it.
  const words = letters.toLowerCase().split(' ');
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  if (english / words.length >= 0.15) return ENGLISH;
  const code = franc(letters, { only: Object.keys(ISO_639_1), minLength: MIN_LENGTH });
  const short = ISO_639_1[code];
  if (!short) return ENGLISH;
  return { code: short, name: LANGUAGE_NAMES[short] ?? short };
}
