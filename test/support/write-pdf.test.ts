import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { writePdf } from './write-pdf.js';

describe('writePdf', () => {
  it('writes a cross-reference table whose every offset points at its object', () => {
    const text = Buffer.from(writePdf([['one'], ['two', 'three']])).toString('latin1');
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const [, countText] = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt)) ?? [];
    const count = Number(countText);
    expect(count).toBe(8); // free entry, catalog, pages, font, and a page plus its content per page
    const entries = text
      .slice(xrefAt)
      .split('\n')
      .slice(2, 2 + count);
    entries.forEach((entry, number) => {
      expect(entry).toHaveLength(19); // 20 bytes with the "\n"
      if (number === 0) return;
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset).startsWith(`${number} 0 obj\n`)).toBe(true);
    });
  });

  it('writes real PDFs that pdf.js reads back, page by page, with WinAnsi characters intact', async () => {
    const pdf = await getDocumentProxy(
      writePdf([['Zoë Müller – Engineer', 'Salary: €90k (gross) \\ “net”'], ['Page two']]),
    );
    expect(pdf.numPages).toBe(2);
    const firstPage = await (await pdf.getPage(1)).getTextContent();
    const strings = firstPage.items
      .map((item) => ('str' in item ? item.str : ''))
      .filter((text) => text.length > 0);
    expect(strings).toEqual(['Zoë Müller – Engineer', 'Salary: €90k (gross) \\ “net”']);
    const secondPage = await (await pdf.getPage(2)).getTextContent();
    expect(secondPage.items.map((item) => ('str' in item ? item.str : '')).join('')).toBe('Page two');
    await pdf.destroy();
  });
});
