import { CandorError } from '../candor-error.js';
import { classifyRequirement } from '../plan/classify-requirement.js';
import { analyzeAnswer } from '../signals/analyze-answer.js';
import type { TAnswerSignals } from '../signals/signals.js';
import { contextKeywordsFor } from './context-keywords-for.js';
import { decideFollowUp } from './decide-follow-up.js';
import type { TFollowUpDecision, TInterviewState, TInterviewTurnState } from './interview-state.js';
import { parseInstant } from './parse-instant.js';
import { probeSignals } from './probe-signals.js';
import { probesOf } from './probes-of.js';

export type TRecordAnswerInput = {
  /** The answer's text; empty with `skippedByAction`. */
  answer: string;
  /** When the answer was sent (ISO 8601). */
  answeredAt: string;
  /**
   * The answer's signals. Without them they are computed with analyzeAnswer over the turn's
   * requirement and claim keywords (contextKeywordsFor), which is what a caller should pass anyway.
   */
  signals?: TAnswerSignals;
  /** The candidate pressed skip (TCandidateReply `skip`): a skipped turn with no text. */
  skippedByAction?: boolean;
};

/** Whether every requirement a question tests is a licence, a degree or a condition to accept. */
function asksForStatus(state: TInterviewState, requirementIds: readonly string[]): boolean {
  const requirements = state.plan.requirements.filter((requirement) =>
    requirementIds.includes(requirement.id),
  );
  return (
    requirements.length > 0 &&
    requirements.every((requirement) => {
      const kind = classifyRequirement(requirement.text).kind;
      return kind === 'credential' || kind === 'condition';
    })
  );
}

/**
 * Records the answer to the question waiting for one, and what the follow-up policy decides
 * after it (kept on the turn as `decision`). Answering the closing question completes the interview.
 */
export function recordAnswer(state: TInterviewState, input: TRecordAnswerInput): TInterviewState {
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
  parseInstant(input.answeredAt, 'answeredAt');
  if (input.skippedByAction === true && input.answer !== '') {
    throw new CandorError('invalid_argument', 'A skip carries no answer text', { location: 'answer' });
  }
  const signals =
    input.signals ??
    analyzeAnswer({
      turn: index + 1,
      turnId: turn.id,
      question: turn.question,
      answer: input.answer,
      topicText: contextKeywordsFor(state.plan, turn).join(' '),
      ...(input.skippedByAction === true ? { skipped: true } : {}),
    });

  let decision: TFollowUpDecision;
  const question = state.plan.questions.find((candidate) => candidate.id === turn.questionId);
  if (turn.type === 'Closing') {
    decision = { action: 'move_on', why: 'closing' };
  } else if (question === undefined) {
    decision = { action: 'move_on', why: 'adequate' };
  } else {
    decision = decideFollowUp({
      questionType: question.type,
      // Read in the answer's own language: a Spanish story is a story.
      signals: probeSignals(signals, input.answer),
      previousProbes: probesOf(state, question.id),
      maxProbes: state.plan.budget.maxProbesPerQuestion,
      asksForStatus: asksForStatus(state, question.requirementIds),
      language: state.plan.language,
    });
  }

  const answered: TInterviewTurnState = {
    ...turn,
    answer: input.answer,
    answeredAt: input.answeredAt,
    ...(signals.isSkip || input.skippedByAction === true ? { skipped: true } : {}),
    ...(input.skippedByAction === true ? { skippedByAction: true } : {}),
    decision,
  };
  const turns = [...state.turns.slice(0, index), answered];
  if (turn.type === 'Closing') {
    return { ...state, turns, status: 'completed', completedAt: input.answeredAt };
  }
  return { ...state, turns };
}
