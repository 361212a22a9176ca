import { describe, expect, it } from 'vitest';
import { layoutPdfText, type TPdfTextItem } from './layout-pdf-text.js';

/** A run of 10-point text about 5 points per character wide, as Helvetica sets it. */
function run(text: string, x: number, y: number, fontSize = 10): TPdfTextItem {
  return { text, x, y, width: text.length * fontSize * 0.5, fontSize };
}

describe('layoutPdfText', () => {
  it('reads a sidebar and a main column one after the other, even where their baselines coincide', () => {
    const sidebar = ['Jane Doe', '+1 555 0100', 'SKILLS', 'Go, Rust', 'Kafka', 'EDUCATION', 'B.S. Physics'];
    const main = [
      'SUMMARY',
      'Engineer who builds payment systems and',
      'keeps them boring and observable at scale',
      'EXPERIENCE',
      'Staff Engineer, Acme',
      'Led the ledger rewrite across three teams and',
      'cut reconciliation time by half in a quarter',
    ];
    const items = [
      ...sidebar.map((text, index) => run(text, 40, 700 - index * 14)),
      ...main.map((text, index) => run(text, 220, 700 - index * 14)),
    ];
    expect(layoutPdfText(items).split('\n')).toEqual([...sidebar, '', ...main]);
  });

  it('reads a full-width header first, then the columns below it', () => {
    const items = [
      run('Jane Doe — Staff Engineer — jane@example.com — +1 555 0100 — Berlin, Germany', 40, 740),
      ...['SKILLS', 'Go, Rust', 'Kafka', 'Postgres'].map((text, index) => run(text, 40, 700 - index * 14)),
      ...[
        'SUMMARY',
        'Engineer who builds payment systems and',
        'keeps them boring and observable at scale',
        'and mentors the people around her',
      ].map((text, index) => run(text, 220, 700 - index * 14)),
    ];
    expect(layoutPdfText(items).split('\n')).toEqual([
      'Jane Doe — Staff Engineer — jane@example.com — +1 555 0100 — Berlin, Germany',
      '',
      'SKILLS',
      'Go, Rust',
      'Kafka',
      'Postgres',
      '',
      'SUMMARY',
      'Engineer who builds payment systems and',
      'keeps them boring and observable at scale',
      'and mentors the people around her',
    ]);
  });

  it('keeps right-aligned dates on the line of the role they belong to', () => {
    const items = [
      run('EXPERIENCE', 40, 700),
      run('Staff Engineer, Acme', 40, 686),
      run('2019 – 2022', 480, 686),
      run('Built the billing platform from scratch for a team of forty people.', 40, 672),
      run('Engineer, Globex', 40, 658),
      run('2016 – 2019', 480, 658),
      run('Moved batch jobs to streaming and cut costs by a third overall.', 40, 644),
      run('Intern, Initech', 40, 630),
      run('2015 – 2016', 480, 630),
    ];
    expect(layoutPdfText(items).split('\n')).toEqual([
      'EXPERIENCE',
      'Staff Engineer, Acme | 2019 – 2022',
      'Built the billing platform from scratch for a team of forty people.',
      'Engineer, Globex | 2016 – 2019',
      'Moved batch jobs to streaming and cut costs by a third overall.',
      'Intern, Initech | 2015 – 2016',
    ]);
  });

  it('reads a table row by row, not column by column', () => {
    const rows = [
      ['Role', 'Company', 'Dates'],
      ['Analyst', 'Basketful', '2022 – present'],
      ['Junior Analyst', 'Northwind', '2019 – 2022'],
      ['Intern', 'Contoso', '2018 – 2019'],
    ];
    const items = rows.flatMap((cells, row) =>
      cells.map((text, column) => run(text, 40 + column * 160, 700 - row * 14)),
    );
    expect(layoutPdfText(items).split('\n')).toEqual(rows.map((cells) => cells.join(' | ')));
  });

  it('joins runs of one line with spaces, and leaves a blank line where the page leaves space', () => {
    const items = [run('Senior', 40, 700), run('Engineer', 73, 700), run('Next block', 40, 640)];
    expect(layoutPdfText(items)).toBe('Senior Engineer\n\nNext block');
  });
});
