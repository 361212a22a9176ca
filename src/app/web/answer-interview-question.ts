import type { TInterviewRoom } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import type { TCandidateReply, TInterviewTurnState } from '../../core/interview/interview-state.js';
import type { TTurnEvent } from '../../core/transcript.js';
import { submitAnswer } from '../interview/submit-answer.js';
import type { TRepositories } from '../ports/repositories.js';
import { buildInterviewRoom } from './build-interview-room.js';
import { findInterviewByToken } from './find-interview-by-token.js';
import { isVersionConflict } from './is-version-conflict.js';
import { queueCompletedInterview } from './queue-completed-interview.js';
import { refuseAfterHumanRequest } from './refuse-after-human-request.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

export type TAnswerInterviewQuestionInput = {
  turnId: string;
  answer: string;
  /** The candidate pressed "skip": a skipped turn with no text, whatever was typed. */
  skip?: boolean;
  /** Paste and focus events while this question was open: signals for the report, never a verdict. */
  events: readonly TTurnEvent[];
};

/** Whether an answered turn holds this reply: the same skip, or the same text answered. */
function isSameReply(turn: TInterviewTurnState, reply: TCandidateReply): boolean {
  if (reply.kind === 'skip') return turn.skippedByAction === true;
  return turn.skippedByAction !== true && turn.answer === reply.text.trim();
}

/** Reads again after losing a race this many times before giving up (each loss means another answer won). */
const MAX_TRIES = 4;

/**
 * Stores the candidate's answer (durably, before anything else) with the room's events and, for
 * the closing answer, the interview's completion and its queued evaluation — all in one
 * transaction (an answer alone is one statement, its own transaction), saved only if no other
 * request (in this process or another server) saved the interview since it was read. A skip (`skip: true`) is stored as a skipped turn with no text; a
 * typed "skip" or "pass" is an answer, read as written. Sending the same answer or skip again (a
 * retry after the network dropped, or a duplicate that reached another server) is answered like
 * the first and changes nothing; a different answer (or a skip after an answer, an answer after a
 * skip) to a question already answered is a conflict. Errors: as findInterviewByToken;
 * CandorError 'conflict' for a question that is not waiting for an answer or was answered otherwise.
 */
export async function answerInterviewQuestion(
  context: TWebContext,
  token: string,
  input: TAnswerInterviewQuestionInput,
): Promise<TInterviewRoom> {
  const reply: TCandidateReply =
    input.skip === true ? { kind: 'skip' } : { kind: 'answer', text: input.answer };
  for (let tries = 1; ; tries++) {
    const access = await findInterviewByToken(context, token);
    const { session, candidate } = access;
    refuseAfterHumanRequest(candidate);
    if (session === undefined) {
      throw new CandorError(
        'conflict',
        'The interview starts once you have read the notice and agreed to it.',
      );
    }
    const turn = session.state.turns.find((candidateTurn) => candidateTurn.id === input.turnId);
    if (turn?.answer !== undefined) {
      if (isSameReply(turn, reply)) return buildInterviewRoom(context, access);
      throw new CandorError('conflict', `Question ${input.turnId} was already answered.`, {
        location: 'turnId',
      });
    }
    const pending = session.state.turns.at(-1);
    if (session.state.status !== 'in_progress' || turn === undefined || pending?.id !== turn.id) {
      throw new CandorError(
        'conflict',
        `Question ${input.turnId} is not waiting for an answer: ask for the next question.`,
        { location: 'turnId' },
      );
    }
    const now = () => context.now().toISOString();
    const repositories = repositoriesOf(context);
    // One write alone (an answer with no room events, not the closing one) is its own
    // transaction: the compare-and-set is one statement. Otherwise all writes are one transaction.
    const isOneWrite = input.events.length === 0 && turn.type !== 'Closing';
    const write = <T>(run: (within: TRepositories) => Promise<T>) =>
      isOneWrite ? run(repositories) : repositories.transaction(run);
    try {
      const result = await write(async (within) => {
        // The compare-and-set on the session comes first: it takes the write lock (SQLite) or
        // the row lock (PostgreSQL) before anything else is written.
        const saved = await submitAnswer({
          store: within.sessions,
          sessionId: session.id,
          session,
          reply,
          turnId: input.turnId,
          now,
        });
        await within.interviews.appendEvents({
          sessionId: session.id,
          turnId: input.turnId,
          events: input.events,
          newId: context.newId,
          now: now(),
        });
        if (saved.isComplete) {
          await queueCompletedInterview(
            context,
            { id: candidate.id, organisationId: candidate.organisation_id, sessionId: session.id },
            within,
          );
        }
        return saved;
      });
      return buildInterviewRoom(context, { ...access, session: result.session });
    } catch (error) {
      // Another request saved the interview first: read it again and answer as above (the same
      // answer is a duplicate, a different one a conflict).
      if (isVersionConflict(error) && tries < MAX_TRIES) continue;
      throw error;
    }
  }
}
