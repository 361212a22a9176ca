const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
  pl: 'Polish',
  ca: 'Catalan',
  sv: 'Swedish',
  ja: 'Japanese',
  zh: 'Chinese',
};

/**
 * The instruction a model gets about the interview's language, for the wording prompts.
 *
 * ### Examples
 * - "es" → 'Write in Spanish (ISO 639-1 "es"), the language of this interview, whatever language the data above is in.'
 * - "sw" → 'Write in the language with ISO 639-1 code "sw", …'
 */
export function describeInterviewLanguage(language: string): string {
  const name = LANGUAGE_NAMES[language];
  const which =
    name === undefined
      ? `the language with ISO 639-1 code "${language}"`
      : `${name} (ISO 639-1 "${language}")`;
  return `Write in ${which}, the language of this interview, whatever language the data above is in.`;
}
