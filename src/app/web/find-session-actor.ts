import { hashToken } from './hash-token.js';
import { toActor } from './to-actor.js';
import type { TActor, TWebContext } from './web-context.js';

/** The user a browser session's cookie token signs in, or undefined (unknown, expired, or the user disabled). */
export async function findSessionActor(
  context: TWebContext,
  sessionToken: string,
): Promise<TActor | undefined> {
  const row = await context.db
    .selectFrom('web_sessions')
    .innerJoin('users', 'users.id', 'web_sessions.user_id')
    .selectAll('users')
    .select('web_sessions.expires_at')
    .where('web_sessions.token_hash', '=', hashToken(sessionToken))
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined || row.expires_at <= context.now().toISOString()) return undefined;
  return toActor(row, 'session');
}
