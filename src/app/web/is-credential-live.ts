import { hashToken } from './hash-token.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * Whether the credential a long request (an event stream) started with still works: the browser
 * session not signed out, expired or its user disabled; the API token not revoked, expired or its
 * user disabled. Reads only, so a stream can ask every few seconds.
 */
export async function isCredentialLive(
  context: TWebContext,
  credential: { sessionToken?: string | undefined; apiToken?: string | undefined },
): Promise<boolean> {
  const now = context.now().toISOString();
  const { team } = repositoriesOf(context);
  if (credential.apiToken !== undefined) return team.isApiTokenLive(hashToken(credential.apiToken), now);
  if (credential.sessionToken !== undefined)
    return team.isSessionLive(hashToken(credential.sessionToken), now);
  return false;
}
