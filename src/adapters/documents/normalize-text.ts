/**
 * One form of plain text for every format: "\n" line ends, ordinary spaces for the many Unicode
 * ones (no-break, thin, ideographic), no invisible characters (zero-width, soft hyphen, BOM),
 * no trailing spaces, at most one blank line in a row. Parsers and quote checks then see the
 * same text whichever file it came from.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\f/g, '\n\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
