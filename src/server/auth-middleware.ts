import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { deriveCsrfToken } from '../app/web/derive-csrf-token.js';
import { findSessionActor } from '../app/web/find-session-actor.js';
import { findTokenActor } from '../app/web/find-token-actor.js';
import type { TWebContext } from '../app/web/web-context.js';
import { CandorError } from '../core/candor-error.js';
import type { TServerEnv } from './server-env.js';

export const SESSION_COOKIE = 'candor_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Not cookie-authenticated, so nothing to forge: signing in or up (they start a session), setting a
 * password with a reset link's token (the token is the authority), asking for one by email, and the
 * interview room (authorised by the link's token in the path, even in a recruiter's browser).
 */
const CSRF_EXEMPT = [/^\/api\/auth\/(sign(in|up)|reset-password|forgot-password)$/, /^\/api\/interview\//];

function isSameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Who is asking: an API token (Authorization: Bearer) or a browser session (its httpOnly
 * cookie). A Bearer token that opens nothing is refused at once; a stale cookie is ignored.
 */
export function authenticate(context: TWebContext): MiddlewareHandler<TServerEnv> {
  return async (c, next) => {
    c.set('actor', undefined);
    c.set('sessionToken', undefined);
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      const actor = match?.[1] === undefined ? undefined : await findTokenActor(context, match[1]);
      if (actor === undefined)
        throw new CandorError('unauthenticated', 'The API token is not valid (or was revoked).');
      c.set('actor', actor);
      return next();
    }
    const sessionToken = getCookie(c, SESSION_COOKIE);
    if (sessionToken !== undefined && sessionToken.length > 0) {
      const actor = await findSessionActor(context, sessionToken);
      if (actor !== undefined) {
        c.set('actor', actor);
        c.set('sessionToken', sessionToken);
      }
    }
    return next();
  };
}

/** Recruiter endpoints: 401 without a session or token. */
export const requireActor: MiddlewareHandler<TServerEnv> = async (c, next) => {
  if (c.get('actor') === undefined) throw new CandorError('unauthenticated', 'Sign in to continue.');
  return next();
};

/**
 * CSRF protection for cookie-authenticated changes: the x-csrf-token header must carry the
 * session's token (GET /api/me and sign-in give it; another site can neither read nor compute
 * it). API-token requests are exempt: a browser never adds an Authorization header by itself.
 * And any change sent from a page of another origin (the Origin header) is refused outright.
 */
export function protectFromForgery(context: TWebContext): MiddlewareHandler<TServerEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (
      origin !== undefined &&
      origin !== 'null' &&
      origin !== c.get('origin') &&
      origin !== new URL(c.req.url).origin
    ) {
      throw new CandorError('forbidden', 'Requests from other sites are not accepted.');
    }
    const sessionToken = c.get('sessionToken');
    const isExempt = CSRF_EXEMPT.some((pattern) => pattern.test(c.req.path));
    if (!isExempt && c.get('actor')?.via === 'session' && sessionToken !== undefined) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!isSameToken(sent, deriveCsrfToken(context.secret, sessionToken))) {
        throw new CandorError(
          'forbidden',
          'The request lacks its CSRF token (x-csrf-token): reload the page and try again.',
        );
      }
    }
    return next();
  };
}
