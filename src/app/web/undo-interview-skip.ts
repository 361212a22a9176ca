import type { TInterviewRoom } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { undoSkip } from '../../core/interview/undo-skip.js';
import { buildInterviewRoom } from './build-interview-room.js';
import { findInterviewByToken } from './find-interview-by-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * The candidate takes back a skip: the skipped question waits for an answer again and the
 * question asked after it is withdrawn. Only while no later answer exists. Errors: as
 * findInterviewByToken; CandorError 'conflict' when the question was not skipped, a later one was
 * answered, or the interview is over.
 */
export async function undoInterviewSkip(
  context: TWebContext,
  token: string,
  turnId: string,
): Promise<TInterviewRoom> {
  const access = await findInterviewByToken(context, token);
  const { session } = access;
  if (session === undefined) {
    throw new CandorError('conflict', 'The interview starts once you have read the notice and agreed to it.');
  }
  const state = undoSkip(session.state, turnId);
  // Only over the state it read: a skip undone while an answer is being saved is a conflict.
  await repositoriesOf(context).sessions.saveState(session.id, state, { expectedVersion: session.version });
  return buildInterviewRoom(context, { ...access, session: { ...session, state } });
}
