import type { THiddenSpan } from '../resume.js';
import { decodeTagCharacters, TAG_CHARACTERS } from '../text/decode-tag-characters.js';

/**
 * Text a Markdown or plain-text document hides from a person reading it rendered: HTML comments
 * (`<!-- … -->`, shown by no Markdown viewer) and runs of Unicode tag characters, which render as
 * nothing but spell ASCII to a program. Each span is a verbatim slice of `text`.
 */
export function findMarkupHiddenText(text: string): THiddenSpan[] {
  const spans: THiddenSpan[] = [];
  for (const match of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
    const inside = match[0].replace(/^<!--/, '').replace(/-->$/, '').trim();
    if (inside.length > 0) spans.push({ text: match[0], reason: 'comment' });
  }
  for (const match of text.matchAll(TAG_CHARACTERS)) {
    if (decodeTagCharacters(match[0]).trim().length > 0)
      spans.push({ text: match[0], reason: 'invisible_characters' });
  }
  return spans;
}
