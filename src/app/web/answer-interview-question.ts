import { createKyselySessionStore } from '../../adapters/storage/kysely-session-store.js';
import { CandorError } from '../../core/candor-error.js';
import type { TTurnEvent } from '../../core/transcript.js';
import type { TInterviewRoom } from '../../server/api-schemas.js';
import { submitAnswer } from '../interview/submit-answer.js';
import { buildInterviewRoom } from './build-interview-room.js';
import { findInterviewByToken } from './find-interview-by-token.js';
import { queueCompletedInterview } from './queue-completed-interview.js';
import { refuseAfterHumanRequest } from './refuse-after-human-request.js';
import type { TWebContext } from './web-context.js';

export type TAnswerInterviewQuestionInput = {
  turnId: string;
  answer: string;
  /** The candidate pressed "skip": recorded as a request to skip, whatever was typed. */
  skip?: boolean;
  /** Paste and focus events while this question was open: signals for the report, never a verdict. */
  events: readonly TTurnEvent[];
};

/**
 * Stores the candidate's answer (durably, before anything else) with the room's events; the
 * closing answer completes the interview and queues its evaluation. Sending the same answer
 * again (a retry after the network dropped) is accepted and changes nothing. Errors: as
 * findInterviewByToken; CandorError 'conflict' for a question that is not waiting for an answer.
 */
export async function answerInterviewQuestion(
  context: TWebContext,
  token: string,
  input: TAnswerInterviewQuestionInput,
): Promise<TInterviewRoom> {
  const access = await findInterviewByToken(context, token);
  const { session, candidate } = access;
  refuseAfterHumanRequest(candidate);
  if (session === undefined) {
    throw new CandorError('conflict', 'The interview starts once you have read the notice and agreed to it.');
  }
  const answer = input.skip === true ? 'skip' : input.answer;
  const turn = session.state.turns.find((candidateTurn) => candidateTurn.id === input.turnId);
  if (turn?.answer !== undefined) {
    if (turn.answer === answer.trim()) return buildInterviewRoom(context, access);
    throw new CandorError('conflict', `Question ${input.turnId} was already answered.`, {
      location: 'turnId',
    });
  }
  const pending = session.state.turns.at(-1);
  if (session.state.status !== 'in_progress' || turn === undefined || pending?.id !== turn.id) {
    throw new CandorError(
      'conflict',
      `Question ${input.turnId} is not waiting for an answer: ask for the next question.`,
      {
        location: 'turnId',
      },
    );
  }
  const now = () => context.now().toISOString();
  const result = await submitAnswer({
    store: createKyselySessionStore({ db: context.db, now }),
    sessionId: session.id,
    answer,
    turnId: input.turnId,
    now,
  });
  if (input.events.length > 0) {
    const createdAt = now();
    await context.db
      .insertInto('interview_events')
      .values(
        input.events.map((event) => ({
          id: context.newId(),
          session_id: session.id,
          turn_id: input.turnId,
          kind: event.kind,
          at: event.at,
          characters: event.characters ?? null,
          created_at: createdAt,
        })),
      )
      .execute();
  }
  if (result.isComplete) {
    await queueCompletedInterview(context, {
      id: candidate.id,
      organisationId: candidate.organisation_id,
      sessionId: session.id,
    });
  }
  return buildInterviewRoom(context, { ...access, session: result.session });
}
