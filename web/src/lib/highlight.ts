/** A quote to mark inside a text, and what to call the mark (e.g. the red flag it supports). */
export type TMarkRequest = { quote: string; label: string };

/** A span of the text to mark, with every label whose quote covers it. */
export type THighlight = { start: number; end: number; labels: string[] };

/** A run of text, marked or not, in order: joining every `text` gives the original back. */
export type TTextSegment = { text: string; labels: string[] };

/**
 * Where `quote` is in `text`: verbatim first; failing that, ignoring case and differences in
 * whitespace (reports collapse line breaks inside quotes). Undefined when it is not there.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const trimmed = quote.trim();
  if (trimmed === '') return undefined;
  const exact = text.indexOf(trimmed);
  if (exact !== -1) return { start: exact, end: exact + trimmed.length };
  const words = trimmed.split(/\s+/).map(escapeRegExp);
  const match = new RegExp(words.join('\\s+'), 'i').exec(text);
  if (match === null) return undefined;
  return { start: match.index, end: match.index + match[0].length };
}

/** The spans to mark, sorted, overlapping ones merged (their labels united, in request order). */
export function findHighlights(text: string, requests: readonly TMarkRequest[]): THighlight[] {
  const found = requests
    .map((request) => {
      const range = findQuote(text, request.quote);
      return range === undefined ? undefined : { ...range, labels: [request.label] };
    })
    .filter((range): range is THighlight => range !== undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: THighlight[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last !== undefined && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      for (const label of range.labels) if (!last.labels.includes(label)) last.labels.push(label);
    } else {
      merged.push({ start: range.start, end: range.end, labels: [...range.labels] });
    }
  }
  return merged;
}

/** The text cut into plain and marked runs. */
export function segmentText(text: string, requests: readonly TMarkRequest[]): TTextSegment[] {
  const segments: TTextSegment[] = [];
  let position = 0;
  for (const highlight of findHighlights(text, requests)) {
    if (highlight.start > position)
      segments.push({ text: text.slice(position, highlight.start), labels: [] });
    segments.push({ text: text.slice(highlight.start, highlight.end), labels: highlight.labels });
    position = highlight.end;
  }
  if (position < text.length || segments.length === 0)
    segments.push({ text: text.slice(position), labels: [] });
  return segments;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
