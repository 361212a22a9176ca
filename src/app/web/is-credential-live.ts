import { hashToken } from './hash-token.js';
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
  if (credential.apiToken !== undefined) {
    const row = await context.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select('api_tokens.id')
      .where('api_tokens.token_hash', '=', hashToken(credential.apiToken))
      .where('api_tokens.revoked_at', 'is', null)
      .where('api_tokens.expires_at', '>', now)
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    return row !== undefined;
  }
  if (credential.sessionToken !== undefined) {
    const row = await context.db
      .selectFrom('web_sessions')
      .innerJoin('users', 'users.id', 'web_sessions.user_id')
      .select('web_sessions.token_hash')
      .where('web_sessions.token_hash', '=', hashToken(credential.sessionToken))
      .where('web_sessions.expires_at', '>', now)
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    return row !== undefined;
  }
  return false;
}
