import { createKyselySessionStore } from '../../adapters/storage/kysely-session-store.js';
import { CandorError } from '../../core/candor-error.js';
import type { TQuestionPosition } from '../../server/api-schemas.js';
import { askNextQuestion } from '../interview/ask-next-question.js';
import { findInterviewByToken } from './find-interview-by-token.js';
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
 * CandorError 'conflict' before consent.
 */
export async function askNextInterviewQuestion(
  context: TWebContext,
  token: string,
  options: { onToken?: (text: string) => void; signal?: AbortSignal } = {},
): Promise<TNextInterviewQuestion> {
  const access = await findInterviewByToken(context, token);
  if (access.session === undefined) {
    throw new CandorError('conflict', 'The interview starts once you have read the notice and agreed to it.');
  }
  const now = () => context.now().toISOString();
  const result = await askNextQuestion({
    store: createKyselySessionStore({ db: context.db, now }),
    sessionId: access.session.id,
    now,
    ...(context.wording === undefined ? {} : { wording: context.wording }),
    ...(options.onToken === undefined ? {} : { onToken: options.onToken }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
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
