import { describe, expect, it } from 'vitest';
import { comparisonFixture } from '../test-support/comparison-fixture';
import { candidateLabel, DEFAULT_SORT, nextSort, sortRows } from './compare-rows';

const names = (sort: Parameters<typeof sortRows>[1]) =>
  sortRows(comparisonFixture().rows, sort).map(candidateLabel);

describe('sortRows', () => {
  it('puts the strongest recommendation first by default, candidates not evaluated last', () => {
    expect(names(DEFAULT_SORT)).toEqual(['Ana Silva', 'Bo Chen', 'Dee Evans', 'Cy Dorn']);
  });

  it('keeps candidates with nothing to compare at the bottom in both directions', () => {
    expect(names({ key: 'recommendation', direction: 'ascending' })).toEqual([
      'Dee Evans',
      'Bo Chen',
      'Ana Silva',
      'Cy Dorn',
    ]);
    expect(names({ key: 'flags', direction: 'descending' })).toEqual([
      'Dee Evans',
      'Bo Chen',
      'Ana Silva',
      'Cy Dorn',
    ]);
    expect(names({ key: 'flags', direction: 'ascending' })).toEqual([
      'Ana Silva',
      'Bo Chen',
      'Dee Evans',
      'Cy Dorn',
    ]);
  });

  it('sorts by must-haves met as a share of the must-haves', () => {
    expect(names({ key: 'mustHaves', direction: 'descending' })).toEqual([
      'Ana Silva',
      'Bo Chen',
      'Dee Evans',
      'Cy Dorn',
    ]);
  });

  it("sorts by one requirement's status: met, partial, unverified, gap", () => {
    expect(names({ key: 'requirement:R2', direction: 'descending' })).toEqual([
      'Ana Silva',
      'Dee Evans',
      'Bo Chen',
      'Cy Dorn',
    ]);
    expect(names({ key: 'requirement:R3', direction: 'descending' })).toEqual([
      'Bo Chen',
      'Ana Silva',
      'Dee Evans',
      'Cy Dorn',
    ]);
  });

  it('sorts by decision (advance, hold, reject), undecided last, and by name', () => {
    expect(names({ key: 'decision', direction: 'descending' })).toEqual([
      'Ana Silva',
      'Dee Evans',
      'Bo Chen',
      'Cy Dorn',
    ]);
    expect(names({ key: 'candidate', direction: 'ascending' })).toEqual([
      'Ana Silva',
      'Bo Chen',
      'Cy Dorn',
      'Dee Evans',
    ]);
    expect(names({ key: 'candidate', direction: 'descending' })).toEqual([
      'Dee Evans',
      'Cy Dorn',
      'Bo Chen',
      'Ana Silva',
    ]);
  });

  it('breaks ties by recommendation, then name, so rows never jump', () => {
    // R1: Ana and Bo are both met; Ana has the stronger recommendation.
    expect(names({ key: 'requirement:R1', direction: 'descending' }).slice(0, 2)).toEqual([
      'Ana Silva',
      'Bo Chen',
    ]);
  });

  it('does not change the rows it is given', () => {
    const rows = comparisonFixture().rows;
    const before = rows.map(candidateLabel);
    sortRows(rows, { key: 'candidate', direction: 'descending' });
    expect(rows.map(candidateLabel)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts a new column at its first direction', () => {
    expect(nextSort(DEFAULT_SORT, 'recommendation')).toEqual({
      key: 'recommendation',
      direction: 'ascending',
    });
    expect(nextSort(DEFAULT_SORT, 'candidate')).toEqual({ key: 'candidate', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'flags')).toEqual({ key: 'flags', direction: 'descending' });
  });
});
