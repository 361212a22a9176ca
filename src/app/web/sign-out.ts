import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/** Ends a browser session: its cookie no longer signs anyone in. */
export async function signOut(context: TWebContext, sessionToken: string): Promise<void> {
  await repositoriesOf(context).team.deleteSession(hashToken(sessionToken));
}
