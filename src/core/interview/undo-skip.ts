import { CandorError } from '../candor-error.js';
import type { TInterviewState } from './interview-state.js';

/**
 * Takes back a skip: the skipped turn `turnId` waits for an answer again and the question asked
 * after it (not yet answered) is withdrawn. Allowed only while no later answer exists and the
 * interview is still under way. Errors: CandorError 'conflict' when the turn was not skipped,
 * a later question was already answered, or the interview is completed.
 */
export function undoSkip(state: TInterviewState, turnId: string): TInterviewState {
  if (state.status !== 'in_progress') {
    throw new CandorError('conflict', 'The interview is completed: a skip can no longer be undone.', {
      location: 'turnId',
    });
  }
  const index = state.turns.findIndex((turn) => turn.id === turnId);
  const turn = state.turns[index];
  if (turn === undefined || turn.skipped !== true) {
    throw new CandorError('conflict', `Question ${turnId} was not skipped.`, { location: 'turnId' });
  }
  const later = state.turns.slice(index + 1);
  if (later.some((laterTurn) => laterTurn.answer !== undefined)) {
    throw new CandorError(
      'conflict',
      `Question ${turnId} can no longer be brought back: a later question was answered.`,
      { location: 'turnId' },
    );
  }
  const {
    answer: _answer,
    answeredAt: _answeredAt,
    skipped: _skipped,
    skippedByAction: _skippedByAction,
    decision: _decision,
    ...asked
  } = turn;
  return { ...state, turns: [...state.turns.slice(0, index), asked] };
}
