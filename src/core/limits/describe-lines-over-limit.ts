/**
 * Whether a document's text has more lines than `maxLines`, counted without splitting it (before
 * any parser runs): a sentence saying so, or null. `limit` names the limit.
 */
export function describeLinesOverLimit(text: string, maxLines: number, limit: string): string | null {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lines++;
    if (lines > maxLines) {
      return `its text has more than ${maxLines.toLocaleString('en-US')} lines, the most Candor reads (limit ${limit}); no real document has that many. Check that it is the right file.`;
    }
  }
  return null;
}
