import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { createApiToken } from '../../app/web/create-api-token.js';
import { createInvitation } from '../../app/web/create-invitation.js';
import { SESSION_DAYS } from '../../app/web/create-web-session.js';
import { deriveCsrfToken } from '../../app/web/derive-csrf-token.js';
import { getInvitation } from '../../app/web/get-invitation.js';
import { getSessionInfo } from '../../app/web/get-session-info.js';
import { listApiTokens } from '../../app/web/list-api-tokens.js';
import { revokeApiToken } from '../../app/web/revoke-api-token.js';
import { signIn } from '../../app/web/sign-in.js';
import { signOut } from '../../app/web/sign-out.js';
import { signUp, type TSignedIn } from '../../app/web/sign-up.js';
import type { TWebContext } from '../../app/web/web-context.js';
import {
  ZApiTokenList,
  ZCreatedApiToken,
  ZCreateInvitationBody,
  ZCreateTokenBody,
  ZInvitation,
  ZInvitationPreview,
  ZSessionInfo,
  ZSignInBody,
  ZSignUpBody,
} from '../../contract/api-schemas.js';
import { SESSION_COOKIE } from '../auth-middleware.js';
import type { TRateLimiter } from '../create-rate-limiter.js';
import { jsonContent, problems } from '../openapi-helpers.js';
import { takeRateLimit } from '../rate-limit.js';
import { actorOf, type TServerEnv } from '../server-env.js';

const tags = ['Auth'];

const signUpRoute = createRoute({
  method: 'post',
  path: '/api/auth/signup',
  tags,
  summary:
    "Create an account: join an organisation with an invitation token, or create one (only the installation's first user, unless the server runs with --sign-up open)",
  request: { body: { ...jsonContent(ZSignUpBody, 'The new account'), required: true } },
  responses: {
    201: jsonContent(ZSessionInfo, 'Signed in (session cookie set)'),
    ...problems(400, 403, 409, 429),
  },
});

const signInRoute = createRoute({
  method: 'post',
  path: '/api/auth/signin',
  tags,
  summary: 'Sign in with email and password (sets an httpOnly session cookie)',
  request: { body: { ...jsonContent(ZSignInBody, 'Credentials'), required: true } },
  responses: { 200: jsonContent(ZSessionInfo, 'Signed in'), ...problems(400, 401, 429) },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/api/auth/signout',
  tags,
  summary: 'Sign out: the session cookie stops working',
  responses: { 204: { description: 'Signed out' }, ...problems(403) },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/me',
  tags,
  summary: 'The signed-in user, their organisation and the CSRF token for changes',
  responses: { 200: jsonContent(ZSessionInfo, 'The session'), ...problems(401) },
});

const createInvitationRoute = createRoute({
  method: 'post',
  path: '/api/invitations',
  tags,
  summary:
    'Invite a colleague into your organisation: a sign-up link, valid 7 days (owners and admins invite members; the owner invites admins)',
  request: { body: { ...jsonContent(ZCreateInvitationBody, 'Who to invite'), required: true } },
  responses: {
    201: jsonContent(ZInvitation, 'The invitation; its url is shown once'),
    ...problems(400, 401, 403),
  },
});

const invitationRoute = createRoute({
  method: 'get',
  path: '/api/invitations/{token}',
  tags,
  summary:
    'What an invitation link opens (no sign-in: the token is the authority): the organisation, the invited email and the role',
  request: { params: z.object({ token: z.string().max(200) }) },
  responses: { 200: jsonContent(ZInvitationPreview, 'The invitation'), ...problems(404, 409) },
});

const createTokenRoute = createRoute({
  method: 'post',
  path: '/api/tokens',
  tags: ['API tokens'],
  summary:
    'Create an API token for scripts (Authorization: Bearer), acting with your role, expiring after 1–365 days (default 90); the token is shown once',
  request: { body: { ...jsonContent(ZCreateTokenBody, 'A name to recognise it by'), required: true } },
  responses: { 201: jsonContent(ZCreatedApiToken, 'The token'), ...problems(400, 401, 403) },
});

const listTokensRoute = createRoute({
  method: 'get',
  path: '/api/tokens',
  tags: ['API tokens'],
  summary:
    "The API tokens that work, without their secrets: the organisation's for owners and admins, your own for members",
  responses: { 200: jsonContent(ZApiTokenList, 'The tokens'), ...problems(401) },
});

const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  tags: ['API tokens'],
  summary: 'Revoke an API token',
  request: { params: z.object({ id: z.string() }) },
  responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404) },
});

export type TAuthRoutesOptions = {
  context: TWebContext;
  /** Sign-in and sign-up attempts, by address and by address and email together. */
  signInLimiter: TRateLimiter | undefined;
};

/**
 * The buckets a sign-in attempt takes from: the address's, and the address's for this email. Never
 * the email's alone, so nobody can lock an account out by failing to sign in to it from elsewhere.
 */
export function signInKeys(address: string, email: string): string[] {
  return [`address:${address}`, `address-email:${address}\0${email.trim().toLowerCase()}`];
}

function startSession(c: Context<TServerEnv>, context: TWebContext, signedIn: TSignedIn) {
  setCookie(c, SESSION_COOKIE, signedIn.sessionToken, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('origin').startsWith('https:'),
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
  return {
    user: signedIn.user,
    organisation: signedIn.organisation,
    csrfToken: deriveCsrfToken(context.secret, signedIn.sessionToken),
  };
}

export function registerAuthRoutes(
  app: OpenAPIHono<TServerEnv>,
  { context, signInLimiter }: TAuthRoutesOptions,
) {
  app.openapi(signUpRoute, async (c) => {
    const body = c.req.valid('json');
    takeRateLimit(signInLimiter, signInKeys(c.get('clientAddress'), body.email));
    const signedIn = await signUp(context, body);
    return c.json(startSession(c, context, signedIn), 201);
  });

  app.openapi(signInRoute, async (c) => {
    const body = c.req.valid('json');
    takeRateLimit(signInLimiter, signInKeys(c.get('clientAddress'), body.email));
    const signedIn = await signIn(context, body);
    return c.json(startSession(c, context, signedIn), 200);
  });

  app.openapi(signOutRoute, async (c) => {
    const sessionToken = c.get('sessionToken');
    if (sessionToken !== undefined) await signOut(context, sessionToken);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => {
    const actor = actorOf(c);
    const info = await getSessionInfo(context, actor);
    const sessionToken = c.get('sessionToken');
    return c.json(
      { ...info, csrfToken: sessionToken === undefined ? '' : deriveCsrfToken(context.secret, sessionToken) },
      200,
    );
  });

  app.openapi(invitationRoute, async (c) =>
    c.json(await getInvitation(context, c.req.valid('param').token), 200),
  );

  app.openapi(createInvitationRoute, async (c) => {
    const invitation = await createInvitation(context, actorOf(c), c.req.valid('json'));
    const url = `${c.get('origin')}/signup?invitation=${invitation.token}`;
    return c.json(
      {
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        url,
        expiresAt: invitation.expiresAt,
      },
      201,
    );
  });

  app.openapi(createTokenRoute, async (c) =>
    c.json(await createApiToken(context, actorOf(c), c.req.valid('json')), 201),
  );

  app.openapi(listTokensRoute, async (c) =>
    c.json({ tokens: await listApiTokens(context, actorOf(c)) }, 200),
  );

  app.openapi(revokeTokenRoute, async (c) => {
    await revokeApiToken(context, actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
