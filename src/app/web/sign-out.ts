import { hashToken } from './hash-token.js';
import type { TWebContext } from './web-context.js';

/** Ends a browser session: its cookie no longer signs anyone in. */
export async function signOut(context: TWebContext, sessionToken: string): Promise<void> {
  await context.db.deleteFrom('web_sessions').where('token_hash', '=', hashToken(sessionToken)).execute();
}
