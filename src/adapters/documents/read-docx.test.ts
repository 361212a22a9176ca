import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordParagraph, wordTable, writeDocx, writeZip } from '../../../test/support/write-zip.js';
import { CandorError } from '../../core/candor-error.js';
import { readDocument } from './read-document.js';

const MIB = 1024 * 1024;
const run = promisify(execFile);

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'candor-read-docx-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, bytes);
  return path;
}

async function refusal(path: string): Promise<string> {
  const error = await readDocument(path).then(
    () => new Error('expected the document to be refused'),
    (rejection: unknown) => rejection,
  );
  if (!CandorError.isInstance(error)) throw error;
  expect(error.code).toBe('invalid_document');
  expect(error.location).toBe(path);
  return error.message;
}

/**
 * A raw deflate stream of `mebibytes` MiB of zeros, built from one flushed 1 MiB block repeated:
 * about 1 KB per MiB, made in milliseconds, unpacking to the full size for real.
 */
function deflatedZeros(mebibytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MIB), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array<Buffer>(mebibytes).fill(block), Buffer.from([0x03, 0x00])]);
}

const minimalParts = (documentXml: string) => [
  {
    name: '[Content_Types].xml',
    data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  },
  { name: 'word/document.xml', data: documentXml },
];

describe('readDocument on Word files', () => {
  it('keeps table rows together, reads layout tables cell by cell, and adds the page header', async () => {
    const body = [
      wordParagraph('Experience'),
      wordTable([
        ['Title', 'Company', 'Dates'],
        ['Staff Engineer', 'Acme & Co', '2019–2022'],
      ]),
      wordTable([
        [
          ['Skills', 'Go, Rust'],
          ['Summary', 'Builds payment systems.'],
        ],
      ]),
    ].join('');
    const path = await write(
      'table.docx',
      writeDocx(body, { headerXml: wordParagraph('Jane Doe | jane@example.com') }),
    );
    const document = await readDocument(path);
    expect(document.format).toBe('docx');
    expect(document.text).toBe(
      [
        'Jane Doe | jane@example.com',
        'Experience',
        'Title | Company | Dates',
        'Staff Engineer | Acme & Co | 2019–2022',
        'Skills',
        'Go, Rust',
        'Summary',
        'Builds payment systems.',
      ].join('\n'),
    );
  });

  it('refuses a Word file without text', async () => {
    expect(await refusal(await write('blank.docx', writeDocx('')))).toMatch(
      /^blank\.docx: this Word document contains no text\./,
    );
  });

  it('refuses a zip bomb from its directory alone, without inflating it', async () => {
    // The packed bytes are not even valid deflate data: had anything been inflated, the error
    // would say "damaged", not name the declared size.
    const bomb = writeZip([
      ...minimalParts(`<w:document/>`),
      { name: 'word/media/filler.bin', data: '', packed: Buffer.alloc(2048, 0x55), declaredSize: 300 * MIB },
    ]);
    const message = await refusal(await write('bomb.docx', bomb));
    expect(message).toBe(
      'bomb.docx: this Word file would unpack to 300 MB; Candor unpacks documents of up to 50 MB. It is not a normal document (it may be a "zip bomb"). Save it again from Word, or export it as PDF.',
    );
  });

  it('refuses a part compressed far beyond any real document', async () => {
    const bomb = writeZip([
      ...minimalParts('<w:document/>'),
      { name: 'word/styles.xml', data: '', packed: deflatedZeros(40), declaredSize: 40 * MIB },
    ]);
    const message = await refusal(await write('ratio.docx', bomb));
    expect(message).toMatch(
      /^ratio\.docx: a part of this Word file \("word\/styles\.xml"\) is compressed \d+ to 1, far beyond any real document\./,
    );
  });

  it('refuses a bomb that understates its size, stopping at the declared size', async () => {
    // Declares 10 KB for a part that really unpacks to 300 MiB.
    const liar = writeZip([
      ...minimalParts('<w:document/>'),
      { name: 'word/numbering.xml', data: '', packed: deflatedZeros(300), declaredSize: 10_000 },
    ]);
    const message = await refusal(await write('liar.docx', liar));
    expect(message).toMatch(
      /^liar\.docx: a part of this Word file \("word\/numbering\.xml"\) unpacks to more than it declares/,
    );
  });

  it('refuses a bomb reached through _rels/.rels (word/main.bin declared 4 KB, 628 MB inside) with peak memory under 300 MB', async () => {
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.bin"/></Relationships>`;
    const bomb = writeZip([
      ...minimalParts(`<w:document/>`),
      { name: '_rels/.rels', data: rels },
      { name: 'word/main.bin', data: '', packed: deflatedZeros(628), declaredSize: 4096 },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const path = await write('rels-bomb.docx', bomb);
    // In a child process, so its peak resident memory is the reading's alone.
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      fileURLToPath(new URL('../../../test/support/read-document-peak-rss.ts', import.meta.url)),
      path,
    ]);
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(result.ok).toBe(false);
    expect(result.code).toBe('invalid_document');
    expect(result.message).toMatch(
      /^rels-bomb\.docx: a part of this Word file \("word\/main\.bin"\) unpacks to more than it declares/,
    );
    expect(result.peakRssMb).toBeLessThan(300);
  });

  it('refuses a truncated Word file as damaged', async () => {
    const whole = writeDocx(wordParagraph('Jane Doe'));
    const message = await refusal(
      await write('truncated.docx', whole.subarray(0, Math.floor(whole.length / 2))),
    );
    expect(message).toMatch(
      /^truncated\.docx: this Word file is damaged \(its zip directory is missing; the file may be incomplete\)/,
    );
  });

  it('refuses a Word file whose document part is not WordprocessingML', async () => {
    const broken = writeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: '_rels/.rels', data: '<Relationships/>' },
      { name: 'word/document.xml', data: 'this is not xml at all <<<' },
    ]);
    expect(await refusal(await write('broken.docx', broken))).toMatch(
      /^broken\.docx: this Word file could not be read/,
    );
  });

  it('refuses a Word file with encrypted parts', async () => {
    const bytes = writeDocx(wordParagraph('Jane Doe'));
    // Set the "encrypted" flag (bit 0) on the document part's central directory entry.
    // The directory comes last, so the name's last occurrence is there, 46 bytes after its entry starts.
    const view = Buffer.from(bytes);
    const central = view.lastIndexOf('word/document.xml') - 46;
    expect(view.readUInt32LE(central)).toBe(0x02014b50);
    view.writeUInt16LE(view.readUInt16LE(central + 8) | 1, central + 8);
    expect(await refusal(await write('locked.docx', view))).toMatch(
      /^locked\.docx: this Word file is encrypted \(password-protected\)/,
    );
  });
});
