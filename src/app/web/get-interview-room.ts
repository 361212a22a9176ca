import type { TInterviewRoom } from '../../contract/api-schemas.js';
import { buildInterviewRoom } from './build-interview-room.js';
import { findInterviewByToken } from './find-interview-by-token.js';
import type { TWebContext } from './web-context.js';

/** The interview room a link opens. Errors: as findInterviewByToken. */
export async function getInterviewRoom(context: TWebContext, token: string): Promise<TInterviewRoom> {
  return buildInterviewRoom(context, await findInterviewByToken(context, token));
}
