import type { TInterviewState } from '../../core/interview/interview-state.js';
import { plannedProgress } from '../../core/interview/planned-progress.js';

/**
 * "3 of 7": planned questions answered (follow-ups belong to their question, the closing question
 * is not counted) out of the planned questions the interview will ask at most.
 */
export function webProgress(state: TInterviewState): { answered: number; planned: number } {
  return plannedProgress(state);
}
