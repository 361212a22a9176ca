/** Characters a spreadsheet reads as the start of a formula (or that hide one): such a cell gets a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

function toCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV (RFC 4180: commas, double quotes doubled, CRLF line ends). Safe to open in a
 * spreadsheet: a text cell that starts with = + - @, a tab or a carriage return is prefixed with ',
 * so candidate text is never run as a formula (numbers are written as they are).
 */
export function renderCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => `${row.map(toCell).join(',')}\r\n`).join('');
}
