import type { TQuestionPosition } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { askNextQuestion } from '../interview/ask-next-question.js';
import { findInterviewByToken } from './find-interview-by-token.js';
import { isVersionConflict } from './is-version-conflict.js';
import { refuseAfterHumanRequest } from './refuse-after-human-request.js';
import { repositoriesOf } from './repositories-of.js';
import { toQuestionPosition } from './to-question-position.js';
import type { TWebContext } from './web-context.js';

export type TNextInterviewQuestion =
  | {
      kind: 'question';
      turnId: string;
      text: string;
      timeWarning: string | null;
      isRepeat: boolean;
      position: TQuestionPosition;
    }
  | { kind: 'done' };

/**
 * The candidate's next question, stored before it is returned (the interview app's
 * askNextQuestion): a new one, or the one still waiting after a refresh or a restart. With a
 * model, its wording streams through `onToken` as it is written. Errors: as findInterviewByToken;
 * CandorError 'conflict' before consent. Two requests at once (two servers) store one question:
 * the one that loses the race returns the winner's as a repeat.
 */
export async function askNextInterviewQuestion(
  context: TWebContext,
  token: string,
  options: { onToken?: (text: string) => void; signal?: AbortSignal } = {},
): Promise<TNextInterviewQuestion> {
  let result: Awaited<ReturnType<typeof askNextQuestion>> | undefined;
  for (let tries = 1; result === undefined; tries++) {
    const access = await findInterviewByToken(context, token);
    refuseAfterHumanRequest(access.candidate);
    if (access.session === undefined) {
      throw new CandorError(
        'conflict',
        'The interview starts once you have read the notice and agreed to it.',
      );
    }
    const now = () => context.now().toISOString();
    try {
      result = await askNextQuestion({
        store: repositoriesOf(context).sessions,
        sessionId: access.session.id,
        session: access.session,
        now,
        ...(context.wording === undefined ? {} : { wording: context.wording }),
        ...(options.onToken === undefined ? {} : { onToken: options.onToken }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
    } catch (error) {
      // Another server asked (or an answer came in) meanwhile: read again; the question it stored
      // is then the one waiting, returned as a repeat.
      if (!isVersionConflict(error) || tries >= 3) throw error;
    }
  }
  if (result.kind === 'done') return { kind: 'done' };
  return {
    kind: 'question',
    turnId: result.turn.id,
    text: result.turn.question,
    timeWarning: result.timeWarning ?? null,
    isRepeat: result.isRepeat,
    position: toQuestionPosition(result.progress),
  };
}
