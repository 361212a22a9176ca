import { decodeHtmlEntities } from '../../core/ingest/html-to-text.js';

/**
 * The text of a WordprocessingML part that mammoth does not read (page headers, where many
 * resume templates put the name and contact line): one line per paragraph.
 */
export function extractWordXmlText(xml: string): string {
  const lines: string[] = [];
  for (const paragraph of xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []) {
    let line = '';
    for (const token of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
      if (token[1] !== undefined) line += decodeHtmlEntities(token[1]);
      else line += token[2] === 'tab' ? ' ' : '\n';
    }
    const trimmed = line.replace(/[ \t]+/g, ' ').trim();
    if (trimmed.length > 0) lines.push(trimmed);
  }
  return lines.join('\n');
}
