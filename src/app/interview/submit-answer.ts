import { CandorError } from '../../core/candor-error.js';
import type { TCandidateReply, TInterviewTurnState } from '../../core/interview/interview-state.js';
import { recordAnswer } from '../../core/interview/record-answer.js';
import type { TInterviewSession, TSessionStore } from '../../core/interview/session-store.js';

/** Longer than any spoken answer; a paste this long is refused rather than stored. */
export const MAX_ANSWER_CHARACTERS = 20_000;

export type TSubmitAnswerInput = {
  store: TSessionStore;
  sessionId: string;
  /**
   * The candidate's answer as given (its text is read: "skip" or "pass" asks to skip, "" is no
   * answer), or the skip action (a skipped turn with no text).
   */
  reply: TCandidateReply;
  /** The turn being answered (T3…): when given, an answer to a question that is no longer waiting is refused. */
  turnId?: string;
  /** When the answer was sent (ISO 8601). */
  now?: () => string;
  /**
   * The session as the caller already read it (not read again). The answer is then saved only if
   * nothing else saved the session since (CandorError 'conflict', location 'version', otherwise).
   */
  session?: TInterviewSession;
};

export type TSubmitAnswerResult = {
  session: TInterviewSession;
  /** The answered turn, with what the follow-up policy decided after it. */
  turn: TInterviewTurnState;
  /** The closing question was answered: the interview is complete. */
  isComplete: boolean;
};

/**
 * Records the answer to the waiting question and stores it before anything else happens, so
 * nothing answered is lost if the process dies while the next question is being prepared.
 * Errors: 'not_found' for an unknown session; 'invalid_argument' when the interview is over, no
 * question is waiting, `turnId` is not the waiting question, or the answer is too long.
 */
export async function submitAnswer(input: TSubmitAnswerInput): Promise<TSubmitAnswerResult> {
  const now = input.now ?? (() => new Date().toISOString());
  const text = input.reply.kind === 'answer' ? input.reply.text : '';
  if (text.length > MAX_ANSWER_CHARACTERS) {
    throw new CandorError(
      'invalid_argument',
      `The answer is ${text.length} characters long; the limit is ${MAX_ANSWER_CHARACTERS}.`,
      { location: 'answer' },
    );
  }
  const session = input.session ?? (await input.store.get(input.sessionId));
  if (session.status !== 'in_progress') {
    throw new CandorError('invalid_argument', `Interview ${session.id} is already complete.`, {
      location: 'answer',
    });
  }
  const pending = session.state.turns.at(-1);
  if (
    input.turnId !== undefined &&
    (pending === undefined || pending.id !== input.turnId || pending.answer !== undefined)
  ) {
    throw new CandorError(
      'invalid_argument',
      `Question ${input.turnId} is not the one waiting for an answer${pending?.answer === undefined && pending !== undefined ? ` (${pending.id} is)` : ''}.`,
      { location: 'turnId' },
    );
  }
  const state = recordAnswer(session.state, {
    answer: text.trim(),
    answeredAt: now(),
    ...(input.reply.kind === 'skip' ? { skippedByAction: true } : {}),
  });
  const version = await input.store.saveState(
    session.id,
    state,
    input.session === undefined ? {} : { expectedVersion: input.session.version },
  );
  const turn = state.turns.at(-1) as TInterviewTurnState;
  return {
    session: { ...session, state, status: state.status, version },
    turn,
    isComplete: state.status === 'completed',
  };
}
