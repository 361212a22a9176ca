import { describe, expect, it } from 'vitest';
import { candidateSummary } from '../test-support/comparison-fixture';
import { type CANDIDATE_FILTERS, matchesCandidateFilter } from './candidate-filter';
import { sortCandidates } from './sort-candidates';

const decided = (decision: 'advance' | 'hold' | 'reject') => ({
  decision,
  reason: 'Because',
  isOverride: false,
  decidedBy: 'Rita',
  decidedAt: '2025-01-02T10:00:00.000Z',
});

const list = [
  candidateSummary('a', 'Bo Chen', 'Recommend with Reservations', {
    redFlagCount: 2,
    mustHaves: { met: 1, total: 4 },
    progress: { answered: 6, planned: 7 },
  }),
  candidateSummary('b', 'Ana Silva', 'Strongly Recommend', {
    mustHaves: { met: 4, total: 4 },
    progress: { answered: 7, planned: 7 },
    decision: decided('advance'),
  }),
  candidateSummary('c', 'Cy Dorn', null, { status: 'in_progress', progress: { answered: 2, planned: 7 } }),
  candidateSummary('d', 'Dee Evans', 'Do Not Recommend', {
    redFlagCount: 1,
    mustHaves: { met: 0, total: 4 },
    progress: { answered: 7, planned: 7 },
    decision: decided('reject'),
  }),
];
const names = (candidates: readonly { name: string | null }[]) =>
  candidates.map((candidate) => candidate.name);

describe('sortCandidates', () => {
  it('keeps upload order without a sort', () => {
    expect(names(sortCandidates(list, undefined))).toEqual(['Bo Chen', 'Ana Silva', 'Cy Dorn', 'Dee Evans']);
  });

  it('sorts by each column, with candidates lacking a value last in both directions', () => {
    expect(names(sortCandidates(list, { key: 'recommendation', direction: 'descending' }))).toEqual([
      'Ana Silva',
      'Bo Chen',
      'Dee Evans',
      'Cy Dorn',
    ]);
    expect(names(sortCandidates(list, { key: 'recommendation', direction: 'ascending' }))).toEqual([
      'Dee Evans',
      'Bo Chen',
      'Ana Silva',
      'Cy Dorn',
    ]);
    expect(names(sortCandidates(list, { key: 'mustHaves', direction: 'descending' }))).toEqual([
      'Ana Silva',
      'Bo Chen',
      'Dee Evans',
      'Cy Dorn',
    ]);
    expect(names(sortCandidates(list, { key: 'flags', direction: 'descending' }))).toEqual([
      'Bo Chen',
      'Dee Evans',
      'Ana Silva',
      'Cy Dorn',
    ]);
    expect(names(sortCandidates(list, { key: 'answered', direction: 'ascending' }))).toEqual([
      'Cy Dorn',
      'Bo Chen',
      'Ana Silva',
      'Dee Evans',
    ]);
    expect(names(sortCandidates(list, { key: 'decision', direction: 'descending' }))).toEqual([
      'Ana Silva',
      'Dee Evans',
      'Bo Chen',
      'Cy Dorn',
    ]);
    expect(names(sortCandidates(list, { key: 'candidate', direction: 'ascending' }))).toEqual([
      'Ana Silva',
      'Bo Chen',
      'Cy Dorn',
      'Dee Evans',
    ]);
  });
});

describe('matchesCandidateFilter', () => {
  const shown = (filter: keyof typeof CANDIDATE_FILTERS, text?: string) =>
    names(list.filter((candidate) => matchesCandidateFilter(candidate, filter, text)));

  it('shows one group at a time', () => {
    expect(shown('all')).toHaveLength(4);
    expect(shown('evaluated')).toEqual(['Bo Chen', 'Ana Silva', 'Dee Evans']);
    expect(shown('undecided')).toEqual(['Bo Chen']);
    expect(shown('flagged')).toEqual(['Bo Chen', 'Dee Evans']);
    expect(shown('interviewing')).toEqual(['Cy Dorn']);
    expect(shown('advance')).toEqual(['Ana Silva']);
    expect(shown('reject')).toEqual(['Dee Evans']);
    expect(shown('hold')).toEqual([]);
  });

  it('finds by name or file name, ignoring case', () => {
    expect(shown('all', 'SILVA')).toEqual(['Ana Silva']);
    expect(shown('all', 'dee-evans.pdf')).toEqual(['Dee Evans']);
    expect(shown('evaluated', 'cy')).toEqual([]);
  });
});
