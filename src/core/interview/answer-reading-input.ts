import { CandorError } from '../candor-error.js';
import type { TAnalyzeAnswerInput } from '../signals/analyze-answer.js';
import { contextKeywordsFor } from './context-keywords-for.js';
import type { TInterviewState } from './interview-state.js';

/**
 * What the answer reader (analyzeAnswer) reads an answer to the question waiting for one with:
 * the turn, its question and the keywords of what it tests. recordAnswer reads with it; a caller
 * that reads the answer elsewhere (a worker thread) passes the same input, so both read alike.
 * Errors: CandorError 'invalid_argument' when the interview is over or no question is waiting.
 */
export function answerReadingInput(state: TInterviewState, answer: string): TAnalyzeAnswerInput {
  if (state.status === 'completed') {
    throw new CandorError('invalid_argument', 'The interview is already completed', { location: 'answer' });
  }
  const index = state.turns.length - 1;
  const turn = state.turns[index];
  if (turn === undefined || turn.answer !== undefined) {
    throw new CandorError('invalid_argument', 'No question is waiting for an answer: call nextStep first', {
      location: 'answer',
    });
  }
  return {
    turn: index + 1,
    turnId: turn.id,
    question: turn.question,
    answer,
    topicText: contextKeywordsFor(state.plan, turn).join(' '),
  };
}
