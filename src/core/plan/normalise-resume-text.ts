/**
 * Resume text as it can stand inside a question: line breaks, bullet markers, Markdown emphasis
 * and runs of spaces become single spaces; a word hyphenated across a line break is joined again.
 *
 * ### Examples
 * - "Moved the monolith to\nthree Go services" → "Moved the monolith to three Go services"
 * - "• Cut costs  by 20%" → "Cut costs by 20%"
 * - "**Staff Nurse**, Mercy General" → "Staff Nurse, Mercy General"
 */
export function normaliseResumeText(text: string): string {
  return text
    .replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/(^|\n)\s*(?:[-*•·▪◦‣⁃]|\d+[.)])\s+/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/[\s\u00a0\u2028\u2029]+/g, ' ')
    .trim();
}
