/**
 * Plain text from the HTML that real sources hand us: mammoth's rendering of a Word file and
 * the `description` of a schema.org JobPosting. Structure survives as light Markdown
 * (`## Heading`, `- item`), because the job and resume parsers read headings and bullets;
 * a table row stays on one line with its cells joined by " | ", so "Title | Company | 2019–2022"
 * keeps its facts together. Tables used only for page layout (cells holding several paragraphs)
 * are read cell by cell instead, or a whole sidebar would become one line.
 */

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'ul',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'title', 'noscript', 'template']);

/** Longest table row, in characters, still read as one line of cells. */
const MAX_ROW_LINE_LENGTH = 240;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  times: '×',
  rarr: '→',
  larr: '←',
  deg: '°',
  laquo: '«',
  raquo: '»',
  shy: '',
  zwj: '',
  zwnj: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
};

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const codePoint =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff
        ? String.fromCodePoint(codePoint)
        : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

type TCell = { lines: string[] };
type TRow = { cells: TCell[] };
type TTable = { rows: TRow[] };

export function htmlToText(html: string): string {
  const output: string[] = [];
  const tables: TTable[] = [];
  const lists: Array<{ ordered: boolean; counter: number }> = [];
  let inline = '';
  let linePrefix = '';
  let preDepth = 0;
  let link: { href: string; textStart: number } | null = null;

  const currentCell = (): TCell | undefined => tables.at(-1)?.rows.at(-1)?.cells.at(-1);
  const emit = (line: string) => {
    const cell = currentCell();
    if (cell) cell.lines.push(line);
    else output.push(line);
  };
  const flush = () => {
    const text = preDepth > 0 ? inline.replace(/\s+$/, '') : inline.replace(/\s+/g, ' ').trim();
    if (text.length > 0) emit(currentCell() ? text : `${linePrefix}${text}`);
    inline = '';
    if (!currentCell() && text.length > 0 && linePrefix.length > 0) {
      // Later paragraphs of the same list item are indented, not bulleted again.
      linePrefix = ' '.repeat(linePrefix.length);
    }
  };
  const blankLine = () => {
    if (currentCell()) return;
    if (output.length > 0 && output.at(-1) !== '') output.push('');
  };

  const tokens =
    /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!doctype[^>]*>|<(\/?)([a-z][a-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|(<)/gi;
  let match: RegExpExecArray | null = tokens.exec(html);
  while (match !== null) {
    const [, cdata, closing, rawTag, attributes, text, strayLessThan] = match;
    if (cdata !== undefined) inline += cdata;
    else if (text !== undefined) inline += decodeHtmlEntities(text);
    else if (strayLessThan !== undefined) inline += '<';
    else if (rawTag !== undefined) {
      const tag = rawTag.toLowerCase();
      const isClosing = closing === '/';
      if (SKIPPED_TAGS.has(tag) && !isClosing) {
        const end = html.toLowerCase().indexOf(`</${tag}`, tokens.lastIndex);
        tokens.lastIndex = end === -1 ? html.length : end;
      } else if (tag === 'br') {
        flush();
      } else if (/^h[1-6]$/.test(tag)) {
        flush();
        if (!isClosing) {
          blankLine();
          linePrefix = currentCell() ? '' : `${'#'.repeat(Number(tag[1]))} `;
        } else {
          linePrefix = '';
        }
      } else if (tag === 'li') {
        flush();
        const list = lists.at(-1);
        if (!isClosing) {
          const depth = Math.max(0, lists.length - 1);
          const marker = list?.ordered ? `${++list.counter}.` : '-';
          linePrefix = `${'  '.repeat(depth)}${marker} `;
        } else {
          linePrefix = '';
        }
      } else if (tag === 'ul' || tag === 'ol') {
        flush();
        if (!isClosing) lists.push({ ordered: tag === 'ol', counter: 0 });
        else lists.pop();
        linePrefix = '';
      } else if (tag === 'table') {
        flush();
        if (!isClosing) tables.push({ rows: [] });
        else {
          const table = tables.pop();
          if (table) for (const line of renderTable(table)) emit(line);
        }
      } else if (tag === 'tr') {
        flush();
        if (!isClosing) tables.at(-1)?.rows.push({ cells: [] });
      } else if (tag === 'td' || tag === 'th') {
        flush();
        if (!isClosing) tables.at(-1)?.rows.at(-1)?.cells.push({ lines: [] });
      } else if (tag === 'a') {
        if (!isClosing) {
          const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes ?? '');
          const target = decodeHtmlEntities(href?.[1] ?? href?.[2] ?? href?.[3] ?? '');
          link = /^https?:\/\//i.test(target) ? { href: target, textStart: inline.length } : null;
        } else if (link) {
          // Keep a hyperlink's address when the visible words hide it ("LinkedIn", "my portfolio").
          const shown = inline.slice(link.textStart);
          const bareAddress = link.href.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
          if (!shown.includes(bareAddress)) inline += ` (${link.href})`;
          link = null;
        }
      } else if (tag === 'pre') {
        flush();
        preDepth = Math.max(0, preDepth + (isClosing ? -1 : 1));
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        if (tag === 'p' && !isClosing && lists.length === 0 && !currentCell()) linePrefix = '';
      }
    }
    match = tokens.exec(html);
  }
  flush();
  while (tables.length > 0) {
    const table = tables.pop();
    if (table) for (const line of renderTable(table)) emit(line);
  }
  return output
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function renderTable(table: TTable): string[] {
  const lines: string[] = [];
  for (const row of table.rows) {
    const cells = row.cells.filter((cell) => cell.lines.length > 0);
    const isLayoutRow = cells.some((cell) => cell.lines.length > 1);
    const rowLine = cells.map((cell) => cell.lines.join(' ')).join(' | ');
    if (!isLayoutRow && rowLine.length <= MAX_ROW_LINE_LENGTH) {
      if (rowLine.length > 0) lines.push(rowLine);
    } else {
      for (const cell of cells) lines.push(...cell.lines);
    }
  }
  return lines;
}
