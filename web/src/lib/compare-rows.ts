import type { TComparison, TRecommendation, TRequirementStatus } from '../api/types';

export type TComparisonRow = TComparison['rows'][number];

/** A column of the comparison table to sort by; `requirement:R3` sorts by one requirement's status. */
export type TSortKey =
  | 'candidate'
  | 'recommendation'
  | 'mustHaves'
  | 'flags'
  | 'answered'
  | 'decision'
  | `requirement:${string}`;
export type TSortDirection = 'ascending' | 'descending';
export type TSort = { key: TSortKey; direction: TSortDirection };

export const RECOMMENDATION_SCORE: Record<TRecommendation, number> = {
  'Strongly Recommend': 3,
  Recommend: 2,
  'Recommend with Reservations': 1,
  'Do Not Recommend': 0,
};

export const STATUS_SCORE: Record<TRequirementStatus, number> = { met: 3, partial: 2, unverified: 1, gap: 0 };

const DECISION_SCORE = { advance: 2, hold: 1, reject: 0 } as const;

/** The sort a recruiter sees first: the strongest recommendation on top. */
export const DEFAULT_SORT: TSort = { key: 'recommendation', direction: 'descending' };

/** A column's first click: names A→Z, everything else highest (best, or most flags) first. */
export function firstDirection(key: TSortKey): TSortDirection {
  return key === 'candidate' ? 'ascending' : 'descending';
}

/** The sort after clicking a column header: the same column flips, another starts at its first direction. */
export function nextSort(current: TSort, key: TSortKey): TSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: firstDirection(key) };
}

export function candidateLabel(row: TComparisonRow): string {
  return row.candidate.name?.trim() || row.candidate.fileName;
}

/** The value a row sorts on; null for "nothing to compare yet" (not evaluated, no decision). */
export function sortValue(row: TComparisonRow, key: TSortKey): number | string | null {
  const isEvaluated = row.candidate.recommendation !== null;
  switch (key) {
    case 'candidate':
      return candidateLabel(row).toLocaleLowerCase();
    case 'recommendation':
      return row.candidate.recommendation === null
        ? null
        : RECOMMENDATION_SCORE[row.candidate.recommendation];
    case 'mustHaves':
      if (!isEvaluated) return null;
      return row.mustHaveTotal === 0 ? 1 : row.mustHaveMet / row.mustHaveTotal;
    case 'flags':
      return isEvaluated ? row.redFlags.length : null;
    case 'answered':
      return row.candidate.progress === null ? null : row.candidate.progress.answered;
    case 'decision':
      return row.candidate.decision === null ? null : DECISION_SCORE[row.candidate.decision.decision];
    default: {
      const status = row.coverage[key.slice('requirement:'.length)];
      return status === undefined ? null : STATUS_SCORE[status];
    }
  }
}

/**
 * The rows in the chosen order. Rows with nothing to compare stay at the bottom whichever the
 * direction; ties keep the recommendation order, then the name, so the order never jumps.
 */
export function sortRows(rows: readonly TComparisonRow[], sort: TSort): TComparisonRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = compareValues(sortValue(a, sort.key), sortValue(b, sort.key), sign);
    if (primary !== 0) return primary;
    const byRecommendation = compareValues(
      sortValue(a, 'recommendation'),
      sortValue(b, 'recommendation'),
      -1,
    );
    if (byRecommendation !== 0) return byRecommendation;
    return compareValues(sortValue(a, 'candidate'), sortValue(b, 'candidate'), 1);
  });
}

function compareValues(a: number | string | null, b: number | string | null, sign: number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'string' || typeof b === 'string') return sign * String(a).localeCompare(String(b));
  return sign * (a - b);
}
