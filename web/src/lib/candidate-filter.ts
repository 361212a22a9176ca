import type { TCandidateSummary } from '../api/types';

/** What the candidate list and the comparison show: everyone, or one group at a glance. */
export const CANDIDATE_FILTERS = {
  all: 'All candidates',
  evaluated: 'Evaluated',
  undecided: 'Evaluated, no decision yet',
  flagged: 'With red flags',
  interviewing: 'Invited or interviewing',
  advance: 'Decision: advance',
  hold: 'Decision: hold',
  reject: 'Decision: reject',
} as const;
export type TCandidateFilter = keyof typeof CANDIDATE_FILTERS;

/** Whether a candidate belongs to the group `filter` and their name or file name contains `text`. */
export function matchesCandidateFilter(
  candidate: TCandidateSummary,
  filter: TCandidateFilter,
  text = '',
): boolean {
  const needle = text.trim().toLocaleLowerCase();
  if (
    needle !== '' &&
    !`${candidate.name ?? ''} ${candidate.fileName}`.toLocaleLowerCase().includes(needle)
  ) {
    return false;
  }
  const isEvaluated = candidate.recommendation !== null;
  switch (filter) {
    case 'all':
      return true;
    case 'evaluated':
      return isEvaluated;
    case 'undecided':
      return isEvaluated && candidate.decision === null;
    case 'flagged':
      return (candidate.redFlagCount ?? 0) > 0;
    case 'interviewing':
      return candidate.status === 'invited' || candidate.status === 'in_progress';
    case 'advance':
    case 'hold':
    case 'reject':
      return candidate.decision?.decision === filter;
    default: {
      const unknown: never = filter;
      throw new Error(`Unknown filter ${String(unknown)}`);
    }
  }
}
