import type { TCandidateSummary } from '../api/types';
import { RECOMMENDATION_SCORE, type TSortDirection } from './compare-rows';

/** A column of the candidate list to sort by. */
export type TCandidateSortKey =
  | 'candidate'
  | 'status'
  | 'recommendation'
  | 'mustHaves'
  | 'flags'
  | 'answered'
  | 'decision';
export type TCandidateSort = { key: TCandidateSortKey; direction: TSortDirection };

const STATUS_ORDER = ['new', 'invited', 'in_progress', 'completed', 'evaluating', 'evaluated', 'failed'];
const DECISION_SCORE = { advance: 2, hold: 1, reject: 0 } as const;

/** The value a candidate sorts on; null for "nothing to compare yet", kept at the bottom. */
export function candidateSortValue(
  candidate: TCandidateSummary,
  key: TCandidateSortKey,
): number | string | null {
  switch (key) {
    case 'candidate':
      return (candidate.name?.trim() || candidate.fileName).toLocaleLowerCase();
    case 'status':
      return STATUS_ORDER.indexOf(candidate.status);
    case 'recommendation':
      return candidate.recommendation === null ? null : RECOMMENDATION_SCORE[candidate.recommendation];
    case 'mustHaves':
      return candidate.mustHaves === null
        ? null
        : candidate.mustHaves.total === 0
          ? 1
          : candidate.mustHaves.met / candidate.mustHaves.total;
    case 'flags':
      return candidate.redFlagCount;
    case 'answered':
      return candidate.progress === null ? null : candidate.progress.answered;
    case 'decision':
      return candidate.decision === null ? null : DECISION_SCORE[candidate.decision.decision];
    default: {
      const unknown: never = key;
      throw new Error(`Unknown sort ${String(unknown)}`);
    }
  }
}

/** The candidates in the chosen order; ties keep upload order. Empty values stay last either way. */
export function sortCandidates(
  candidates: readonly TCandidateSummary[],
  sort: TCandidateSort | undefined,
): TCandidateSummary[] {
  if (sort === undefined) return [...candidates];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return candidates
    .map((candidate, index) => ({ candidate, index, value: candidateSortValue(candidate, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'string' || typeof b.value === 'string'
          ? String(a.value).localeCompare(String(b.value))
          : a.value - b.value;
      return sign * order || a.index - b.index;
    })
    .map((entry) => entry.candidate);
}
