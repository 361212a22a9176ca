import { describe, expect, it } from 'vitest';
import { findDateRange } from './find-date-range.js';

describe('findDateRange', () => {
  it.each([
    ['Senior ML Engineer, Nimbus Labs — 2021 to present', '2021', 'present', '2021 to present'],
    ['Title | Company | 2019–2022', '2019', '2022', '2019–2022'],
    ['Jan 2019 - Mar 2022', '2019-01', '2022-03', 'Jan 2019 - Mar 2022'],
    ['Analyst, Basketful Ltd (2022 – present)', '2022', 'present', '2022 – present'],
    ['September 2018 – Current', '2018-09', 'present', 'September 2018 – Current'],
    ['03/2019 – 12/2021', '2019-03', '2021-12', '03/2019 – 12/2021'],
    ['2019-01 to 2022-02', '2019-01', '2022-02', '2019-01 to 2022-02'],
    ['Engineer since March 2020', '2020-03', 'present', 'since March 2020'],
    ['Acme Corp 2020 –', '2020', 'present', '2020 –'],
  ])('reads %j', (line, from, to, quoted) => {
    const range = findDateRange(line);
    expect(range).toMatchObject({ from, to });
    expect(line.slice(range?.start, range?.end)).toBe(quoted);
  });

  it('finds no dates in phone numbers or plain numbers', () => {
    expect(findDateRange('+1 (650) 555-0142')).toBeNull();
    expect(findDateRange('Cut latency from 480 ms to 95 ms')).toBeNull();
  });
});
