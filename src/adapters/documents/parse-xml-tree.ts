import { decodeHtmlEntities } from '../../core/ingest/html-to-text.js';

/** An XML element: its qualified name ("w:r"), attributes, parent, and children in order. */
export type TXmlElement = {
  name: string;
  attributes: Record<string, string>;
  parent: TXmlElement | null;
  children: Array<TXmlElement | string>;
};

/**
 * A small, lenient XML reader for the parts of Office files: elements, attributes and text, in
 * document order, with entities decoded. Declarations, comments and processing instructions are
 * skipped; CDATA is text; an unclosed element ends with its parent. (A DOM library would bring
 * the browser's DOM types into the whole program.)
 */
export function parseXmlTree(xml: string): TXmlElement {
  const root: TXmlElement = { name: '#document', attributes: {}, parent: null, children: [] };
  let current = root;
  const token =
    /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const match of xml.matchAll(token)) {
    const [, cdata, closing, opening, attributeText, selfClosing, text] = match;
    if (cdata !== undefined) current.children.push(cdata);
    else if (text !== undefined) current.children.push(decodeHtmlEntities(text));
    else if (closing !== undefined) {
      let open: TXmlElement | null = current;
      while (open && open.name !== closing) open = open.parent;
      if (open?.parent) current = open.parent;
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const attribute of (attributeText ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attributes[attribute[1]!] = decodeHtmlEntities(attribute[2] ?? attribute[3] ?? '');
      }
      const element: TXmlElement = { name: opening, attributes, parent: current, children: [] };
      current.children.push(element);
      if (!selfClosing) current = element;
    }
  }
  return root;
}
