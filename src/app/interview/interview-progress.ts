import { elapsedMinutes } from '../../core/interview/elapsed-minutes.js';
import type { TInterviewState } from '../../core/interview/interview-state.js';

/** Where an interview stands, for a "Question 3 of 7 · 18 min left" header. */
export type TInterviewProgress = {
  /** The plan question being asked (follow-ups share its number); 0 before the first question. */
  questionNumber: number;
  /** Plan questions the interview will ask at most (the closing question not counted). */
  questionCount: number;
  /** For a follow-up: which probe of its question it is (1, 2, …). */
  followUpNumber?: number;
  isClosing: boolean;
  /** Whole minutes left of the budget, rounded up; 0 once the time is up. */
  minutesLeft: number;
  /** The budget: the whole interview, closing question included. */
  minutesTotal: number;
};

/** The progress shown with the latest question of `state`, at `now` (ISO 8601). */
export function interviewProgress(state: TInterviewState, now: string): TInterviewProgress {
  const { plan } = state;
  const planned = state.turns.filter((turn) => turn.type !== 'Follow-up' && turn.type !== 'Closing');
  const latest = state.turns.at(-1);
  const remaining = plan.budget.minutes - elapsedMinutes(state, now);
  const progress: TInterviewProgress = {
    questionNumber: planned.length,
    questionCount: Math.min(plan.questions.length, plan.budget.maxQuestions),
    isClosing: latest?.type === 'Closing',
    minutesLeft: Math.max(0, Math.ceil(remaining)),
    minutesTotal: plan.budget.minutes,
  };
  if (latest?.type === 'Follow-up') {
    const followUps = state.turns.filter(
      (turn) => turn.type === 'Follow-up' && turn.questionId === latest.questionId,
    );
    progress.followUpNumber = followUps.length;
  }
  return progress;
}
