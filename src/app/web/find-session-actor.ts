import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import { toActor } from './to-actor.js';
import type { TActor, TWebContext } from './web-context.js';

/** The user a browser session's cookie token signs in, or undefined (unknown, expired, or the user disabled). */
export async function findSessionActor(
  context: TWebContext,
  sessionToken: string,
): Promise<TActor | undefined> {
  const row = await repositoriesOf(context).team.findSessionUser(hashToken(sessionToken));
  if (row === undefined || row.expires_at <= context.now().toISOString()) return undefined;
  return toActor(row, 'session');
}
