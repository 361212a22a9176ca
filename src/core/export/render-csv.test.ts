import { describe, expect, it } from 'vitest';
import { renderCsv } from './render-csv.js';

describe('renderCsv', () => {
  it('quotes commas, quotes and line breaks, and ends every row with CRLF', () => {
    expect(
      renderCsv([
        ['Name', 'Note'],
        ['Ada, Countess', 'said "yes"'],
        ['Bo', 'two\nlines'],
        ['Cy', null],
        ['Di', 3],
      ]),
    ).toBe('Name,Note\r\n"Ada, Countess","said ""yes"""\r\nBo,"two\nlines"\r\nCy,\r\nDi,3\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('prefixes a cell a spreadsheet would run: %j', (cell, written) => {
    expect(renderCsv([[cell]])).toBe(`${written}\r\n`);
  });

  it('leaves ordinary text, inner formula characters and numbers alone', () => {
    expect(renderCsv([['Priya Raman', 'a=b', 'x@example.com', 7, -1, '-1']])).toBe(
      "Priya Raman,a=b,x@example.com,7,-1,'-1\r\n",
    );
  });
});
