import { crc32, deflateRawSync } from 'node:zlib';
import { writeZipRecords } from '../../src/adapters/documents/write-stored-zip.js';

export type TZipEntryInput = {
  name: string;
  data: Uint8Array | string;
  /** 8 deflate (default) or 0 stored. */
  method?: 0 | 8;
  /** Use these bytes as the entry's packed data instead of compressing `data` (for hand-made bombs). */
  packed?: Uint8Array;
  /** Declare this unpacked size instead of the true one (a lying archive). */
  declaredSize?: number;
};

/**
 * A minimal, standard zip writer for tests (local headers, central directory, end record; no
 * ZIP64), so tests can build Word files, archives that are not Word files, and zip bombs
 * byte by byte, with sizes that tell the truth or lie.
 */
export function writeZip(entries: TZipEntryInput[]): Uint8Array {
  return new Uint8Array(
    writeZipRecords(
      entries.map((entry) => {
        const data =
          typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
        const method = entry.method ?? 8;
        return {
          name: entry.name,
          packed: entry.packed ? entry.packed : method === 8 ? deflateRawSync(data) : data,
          method,
          checksum: crc32(data),
          unpackedSize: entry.declaredSize ?? data.length,
        };
      }),
    ),
  );
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The WordprocessingML of one paragraph. */
export function wordParagraph(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<w:p><w:r><w:t xml:space="preserve">${escaped}</w:t></w:r></w:p>`;
}

/** A table whose rows are given cell by cell; a cell holding several strings gets one paragraph each. */
export function wordTable(rows: Array<Array<string | string[]>>): string {
  const cell = (content: string | string[]) =>
    `<w:tc>${(Array.isArray(content) ? content : [content]).map(wordParagraph).join('')}</w:tc>`;
  return `<w:tbl>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/**
 * A real, minimal .docx: the parts Word needs to open it, a body of WordprocessingML, and
 * optionally a page header (word/header1.xml) and extra entries.
 */
export function writeDocx(
  bodyXml: string,
  options: { headerXml?: string; extraEntries?: TZipEntryInput[] } = {},
): Uint8Array {
  const namespace =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const headerReference = options.headerXml
    ? '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/></w:sectPr>'
    : '';
  const entries: TZipEntryInput[] = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: PACKAGE_RELATIONSHIPS },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespace}><w:body>${bodyXml}${headerReference}</w:body></w:document>`,
    },
  ];
  if (options.headerXml) {
    entries.push(
      {
        name: 'word/_rels/document.xml.rels',
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`,
      },
      {
        name: 'word/header1.xml',
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${namespace}>${options.headerXml}</w:hdr>`,
      },
    );
  }
  entries.push(...(options.extraEntries ?? []));
  return writeZip(entries);
}
