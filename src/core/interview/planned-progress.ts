import type { TInterviewState } from './interview-state.js';

/**
 * "3 of 7": planned questions answered (follow-ups belong to their question, the closing question
 * is not counted) out of the planned questions the interview will ask at most. Stored with every
 * save of the state, so lists show progress without parsing it.
 */
export function plannedProgress(state: TInterviewState): { answered: number; planned: number } {
  const planned = Math.min(state.plan.questions.length, state.plan.budget.maxQuestions);
  const answered = new Set(
    state.turns
      .filter((turn) => turn.type !== 'Closing' && turn.answer !== undefined && turn.questionId !== undefined)
      .map((turn) => turn.questionId),
  ).size;
  return { answered: Math.min(answered, planned), planned };
}
