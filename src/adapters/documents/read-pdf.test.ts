import { describe, expect, it } from 'vitest';
import { writePdf } from '../../../test/support/write-pdf.js';
import { CandorError } from '../../core/candor-error.js';
import { readPdf } from './read-pdf.js';

const limits = { maxPages: 100, maxTextLength: 1_000_000 };

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => new Error('expected the PDF to be refused'),
    (rejection: unknown) => rejection,
  );
  if (!CandorError.isInstance(error)) throw error;
  expect(error.code).toBe('invalid_document');
  return error.message;
}

describe('readPdf', () => {
  it('reads pages in order, a blank line between them, leaving out "Page N of M" lines', async () => {
    const pdf = writePdf([
      ['Jane Doe', 'Staff Engineer', 'Page 1 of 3'],
      ['Experience', 'Acme — 2019 – 2022', 'Page 2 of 3'],
      ['Education', 'B.S. Physics, MIT, 2012'],
    ]);
    expect(await readPdf(pdf, '/cv/jane.pdf', limits)).toBe(
      'Jane Doe\nStaff Engineer\n\nExperience\nAcme — 2019 – 2022\n\nEducation\nB.S. Physics, MIT, 2012',
    );
  });

  it('refuses a 500-page PDF before reading its pages', async () => {
    const pdf = writePdf(Array.from({ length: 500 }, (_, index) => [`Page text ${index + 1}`]));
    expect(await refusal(readPdf(pdf, '/cv/book.pdf', limits))).toBe(
      'book.pdf: this PDF has 500 pages; Candor reads documents of up to 100 pages. Give it the resume or job description alone.',
    );
  });

  it('refuses a PDF with more text than the limit', async () => {
    const pdf = writePdf(
      Array.from({ length: 5 }, () => Array.from({ length: 40 }, () => 'lorem ipsum '.repeat(6))),
    );
    expect(await refusal(readPdf(pdf, '/cv/wall.pdf', { maxPages: 100, maxTextLength: 5_000 }))).toMatch(
      /^wall\.pdf: this PDF holds more than 5,000 characters of text/,
    );
  });

  it('reads a 3-page resume quickly enough to be a benchmark case', async () => {
    const page = (number: number) => [
      `Section ${number}`,
      ...Array.from(
        { length: 40 },
        (_, line) => `- Achievement ${number}.${line}: cut latency by ${line + 10}% for 3 services.`,
      ),
    ];
    const text = await readPdf(writePdf([page(1), page(2), page(3)]), '/cv/long.pdf', limits);
    expect(text.split('\n').filter((line) => line.startsWith('- Achievement'))).toHaveLength(120);
    expect(text).toContain('- Achievement 3.39: cut latency by 49% for 3 services.');
  });
});
