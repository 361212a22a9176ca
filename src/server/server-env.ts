import type { Context } from 'hono';
import type { TActor } from '../app/web/web-context.js';
import { CandorError } from '../core/candor-error.js';

/** What middleware leaves on the request's context for the routes. */
export type TServerEnv = {
  Variables: {
    /** The signed-in recruiter or API token, when there is one. */
    actor: TActor | undefined;
    /** The browser session's token (from its cookie), for sign-out and the CSRF token. */
    sessionToken: string | undefined;
    /** The origin links are built on: the configured public URL, or the request's own. */
    origin: string;
    /** Who is asking, for rate limits: the client's address. */
    clientAddress: string;
  };
};

/** The recruiter a route acts for; recruiter routes are behind requireActor, so this only guards. */
export function actorOf(c: Context<TServerEnv>): TActor {
  const actor = c.get('actor');
  if (actor === undefined) throw new CandorError('unauthenticated', 'Sign in to continue.');
  return actor;
}
