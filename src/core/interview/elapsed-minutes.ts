import type { TInterviewState } from './interview-state.js';
import { parseInstant } from './parse-instant.js';

/**
 * A gap longer than this between two moments of an interview (a question asked, an answer given)
 * is a pause: the candidate stopped and came back later with `--continue` or a fresh tab (no one
 * thinks half an hour over one screening question). A pause does not count, so resuming the next
 * day does not find the time used up.
 */
export const PAUSE_AFTER_MINUTES = 30;

/**
 * The minutes an interview has been running at `now` (ISO 8601): the time from its start through
 * every question and answer to now, leaving out pauses (gaps of more than PAUSE_AFTER_MINUTES).
 */
export function elapsedMinutes(state: TInterviewState, now: string): number {
  const moments = [
    parseInstant(state.startedAt, 'startedAt'),
    ...state.turns.flatMap((turn) => [
      parseInstant(turn.askedAt, 'askedAt'),
      ...(turn.answeredAt === undefined ? [] : [parseInstant(turn.answeredAt, 'answeredAt')]),
    ]),
    parseInstant(now, 'now'),
  ];
  const cap = PAUSE_AFTER_MINUTES * 60_000;
  let elapsed = 0;
  for (let index = 1; index < moments.length; index++) {
    const gap = Math.max(0, moments[index]! - moments[index - 1]!);
    if (gap <= cap) elapsed += gap;
  }
  return elapsed / 60_000;
}
