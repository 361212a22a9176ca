/** A run of text on a PDF page, in PDF units with the origin at the bottom left. */
export type TPdfTextItem = { text: string; x: number; y: number; width: number; fontSize: number };

/** Text on one baseline with no wide gap inside it. */
type TSegment = { text: string; x0: number; x1: number; y: number; fontSize: number };
type TLine = { text: string; y: number; fontSize: number };

/** Deepest nesting of columns we look for (a sidebar inside a column inside a page is already rare). */
const MAX_COLUMN_DEPTH = 3;

/**
 * Lines of text in reading order from one page's positioned text runs. Runs on one baseline
 * form a line; a gap wider than about a character splits it into segments, joined again with
 * " | " so that "Senior Engineer, Ledgerly     2021 – present" keeps the role and its dates
 * together. Columns are found by a vertical gutter that no segment crosses and are read one
 * after the other (a resume's sidebar, then its main column), unless the two sides line up row
 * by row, which is a table or right-aligned dates, not columns. Segments that span the gutter
 * (a full-width header or footer) separate the column blocks above and below them.
 */
export function layoutPdfText(items: TPdfTextItem[]): string {
  const segments = buildSegments(items);
  const lines = layoutSegments(segments, 0);
  const output: string[] = [];
  let previous: TLine | undefined;
  for (const line of lines) {
    // A blank line where the page leaves vertical space, or where reading jumps to the next column.
    if (
      previous &&
      (previous.y - line.y > 2 * Math.max(previous.fontSize, line.fontSize) || line.y > previous.y + 1)
    ) {
      output.push('');
    }
    output.push(line.text);
    previous = line;
  }
  return output.join('\n');
}

function baselineTolerance(a: number, b: number): number {
  return Math.max(0.3 * Math.min(a, b), 0.2);
}

function buildSegments(items: TPdfTextItem[]): TSegment[] {
  const visible = items
    .filter((item) => item.text.trim().length > 0 && Number.isFinite(item.x) && Number.isFinite(item.y))
    .map((item) => ({ ...item, fontSize: item.fontSize > 0 ? item.fontSize : 10 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<typeof visible> = [];
  for (const item of visible) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - item.y) <= baselineTolerance(anchor.fontSize, item.fontSize))
      row.push(item);
    else rows.push([item]);
  }
  const segments: TSegment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: TSegment | undefined;
    for (const item of row) {
      const x1 = item.x + Math.max(0, item.width);
      const gap = current ? item.x - current.x1 : 0;
      if (current && gap <= Math.max(0.9 * Math.max(current.fontSize, item.fontSize), 2)) {
        const needsSpace =
          gap > 0.15 * item.fontSize && !current.text.endsWith(' ') && !item.text.startsWith(' ');
        current.text += `${needsSpace ? ' ' : ''}${item.text}`;
        current.x1 = Math.max(current.x1, x1);
        current.fontSize = Math.max(current.fontSize, item.fontSize);
      } else {
        current = { text: item.text, x0: item.x, x1, y: item.y, fontSize: item.fontSize };
        segments.push(current);
      }
    }
  }
  for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
  return segments;
}

function groupRows(segments: TSegment[]): TSegment[][] {
  const sorted = [...segments].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const rows: TSegment[][] = [];
  for (const segment of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (
      row &&
      anchor &&
      Math.abs(anchor.y - segment.y) <= baselineTolerance(anchor.fontSize, segment.fontSize)
    ) {
      row.push(segment);
    } else rows.push([segment]);
  }
  for (const row of rows) row.sort((a, b) => a.x0 - b.x0);
  return rows;
}

function rowToLine(row: TSegment[]): TLine {
  return {
    text: row.map((segment) => segment.text).join(' | '),
    y: row[0]!.y,
    fontSize: Math.max(...row.map((segment) => segment.fontSize)),
  };
}

function layoutSegments(segments: TSegment[], depth: number): TLine[] {
  if (segments.length === 0) return [];
  const split = depth < MAX_COLUMN_DEPTH ? findColumns(segments) : null;
  if (!split) return groupRows(segments).map(rowToLine);

  const lines: TLine[] = [];
  let left = split.left;
  let right = split.right;
  for (const spanningRow of groupRows(split.spanning)) {
    const y = spanningRow[0]!.y;
    const tolerance = baselineTolerance(spanningRow[0]!.fontSize, spanningRow[0]!.fontSize);
    const isAbove = (segment: TSegment) => segment.y > y + tolerance;
    const isBeside = (segment: TSegment) => Math.abs(segment.y - y) <= tolerance;
    lines.push(
      ...layoutSegments(left.filter(isAbove), depth + 1),
      ...layoutSegments(right.filter(isAbove), depth + 1),
    );
    const row = [...spanningRow, ...left.filter(isBeside), ...right.filter(isBeside)].sort(
      (a, b) => a.x0 - b.x0,
    );
    lines.push(rowToLine(row));
    left = left.filter((segment) => !isAbove(segment) && !isBeside(segment));
    right = right.filter((segment) => !isAbove(segment) && !isBeside(segment));
  }
  lines.push(...layoutSegments(left, depth + 1), ...layoutSegments(right, depth + 1));
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * A vertical gutter splitting the segments into a left and a right column, or null. Wide
 * segments (over about half the region) are left out when looking for the gutter so a
 * full-width heading cannot hide it; they become the spanning rows.
 */
function findColumns(
  segments: TSegment[],
): { left: TSegment[]; right: TSegment[]; spanning: TSegment[] } | null {
  if (segments.length < 6) return null;
  const regionStart = Math.min(...segments.map((segment) => segment.x0));
  const regionEnd = Math.max(...segments.map((segment) => segment.x1));
  const fontSize = median(segments.map((segment) => segment.fontSize));
  const minimumGutter = Math.max(1.2 * fontSize, 8);
  const narrow = segments
    .filter((segment) => segment.x1 - segment.x0 <= 0.55 * (regionEnd - regionStart))
    .sort((a, b) => a.x0 - b.x0);

  const gutters: Array<{ start: number; end: number }> = [];
  let coveredTo = Number.NEGATIVE_INFINITY;
  for (const segment of narrow) {
    if (coveredTo !== Number.NEGATIVE_INFINITY && segment.x0 - coveredTo >= minimumGutter) {
      gutters.push({ start: coveredTo, end: segment.x0 });
    }
    coveredTo = Math.max(coveredTo, segment.x1);
  }
  gutters.sort((a, b) => b.end - b.start - (a.end - a.start));

  const totalRows = groupRows(segments).length;
  for (const gutter of gutters) {
    const left = segments.filter((segment) => segment.x1 <= gutter.start + 0.5);
    const right = segments.filter((segment) => segment.x0 >= gutter.end - 0.5);
    const spanning = segments.filter((segment) => !left.includes(segment) && !right.includes(segment));
    const leftRows = groupRows(left);
    const rightRows = groupRows(right);
    if (leftRows.length < 3 || rightRows.length < 3) continue;
    if (groupRows(spanning).length > 0.6 * totalRows) continue;
    const [smaller, smallerRows] =
      leftRows.length <= rightRows.length ? [left, leftRows] : [right, rightRows];
    const others = segments.filter((segment) => !smaller.includes(segment));
    const alignedRows = smallerRows.filter((row) =>
      others.some(
        (other) => Math.abs(other.y - row[0]!.y) <= baselineTolerance(other.fontSize, row[0]!.fontSize),
      ),
    ).length;
    const isRowAligned = alignedRows / smallerRows.length >= 0.5;
    // Columns that share a line grid still betray themselves by sentences wrapping within a side.
    const wraps = countWrappedLines(leftRows) + countWrappedLines(rightRows);
    if (!isRowAligned || wraps >= 2) return { left, right, spanning };
  }
  return null;
}

function countWrappedLines(rows: TSegment[][]): number {
  let wraps = 0;
  for (let index = 1; index < rows.length; index++) {
    const above = rows[index - 1]![0]!;
    const below = rows[index]![0]!;
    const isNextLine = above.y - below.y <= 1.6 * Math.max(above.fontSize, below.fontSize);
    if (isNextLine && /^[a-z(]/.test(below.text) && Math.abs(above.x0 - below.x0) < 2 * below.fontSize)
      wraps++;
  }
  return wraps;
}
