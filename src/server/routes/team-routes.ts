import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { changePassword } from '../../app/web/change-password.js';
import { createPasswordReset } from '../../app/web/create-password-reset.js';
import { listTeam } from '../../app/web/list-team.js';
import { removeTeamMember } from '../../app/web/remove-team-member.js';
import { resetPassword } from '../../app/web/reset-password.js';
import { updateTeamMember } from '../../app/web/update-team-member.js';
import type { TWebContext } from '../../app/web/web-context.js';
import {
  ZChangePasswordBody,
  ZPasswordReset,
  ZResetPasswordBody,
  ZTeamList,
  ZTeamMember,
  ZUpdateTeamMemberBody,
} from '../api-schemas.js';
import type { TRateLimiter } from '../create-rate-limiter.js';
import { jsonContent, problems } from '../openapi-helpers.js';
import { takeRateLimit } from '../rate-limit.js';
import { actorOf, type TServerEnv } from '../server-env.js';

const tags = ['Team'];
const ZIdParams = z.object({ id: z.string() });

const listTeamRoute = createRoute({
  method: 'get',
  path: '/api/team',
  tags,
  summary: "Your organisation's users, with their roles (owner, admin, member) and whether they are disabled",
  responses: { 200: jsonContent(ZTeamList, 'The team'), ...problems(401) },
});

const updateMemberRoute = createRoute({
  method: 'patch',
  path: '/api/team/{id}',
  tags,
  summary:
    "Change a colleague's role (the owner only) or disable / re-enable them (the owner anyone, admins members); a disabled user's sessions end and tokens stop",
  request: {
    params: ZIdParams,
    body: { ...jsonContent(ZUpdateTeamMemberBody, 'What changes'), required: true },
  },
  responses: { 200: jsonContent(ZTeamMember, 'The colleague now'), ...problems(400, 401, 403, 404) },
});

const removeMemberRoute = createRoute({
  method: 'delete',
  path: '/api/team/{id}',
  tags,
  summary:
    'Remove a colleague: their account, sessions and API tokens are deleted (the owner anyone, admins members)',
  request: { params: ZIdParams },
  responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404) },
});

const issueResetRoute = createRoute({
  method: 'post',
  path: '/api/team/{id}/password-reset',
  tags,
  summary:
    'A one-time password reset link for a colleague, valid 24 hours, to hand over yourself (the owner for anyone, admins for members)',
  request: { params: ZIdParams },
  responses: { 201: jsonContent(ZPasswordReset, 'The link; shown once'), ...problems(401, 403, 404) },
});

const changePasswordRoute = createRoute({
  method: 'post',
  path: '/api/me/password',
  tags,
  summary: 'Change your password; your other browser sessions end',
  request: {
    body: { ...jsonContent(ZChangePasswordBody, 'The current and the new password'), required: true },
  },
  responses: { 204: { description: 'Changed' }, ...problems(400, 401, 403) },
});

const resetPasswordRoute = createRoute({
  method: 'post',
  path: '/api/auth/reset-password',
  tags,
  summary: "Set a new password with a reset link's token; every session of the account ends",
  request: { body: { ...jsonContent(ZResetPasswordBody, 'The token and the new password'), required: true } },
  responses: { 204: { description: 'The password is set: sign in with it' }, ...problems(400, 429) },
});

export type TTeamRoutesOptions = {
  context: TWebContext;
  /** Reset attempts count with sign-in attempts, by address. */
  signInLimiter: TRateLimiter | undefined;
};

/** The team (roles, disable, remove), password changes and admin-issued password reset links. */
export function registerTeamRoutes(
  app: OpenAPIHono<TServerEnv>,
  { context, signInLimiter }: TTeamRoutesOptions,
) {
  app.openapi(listTeamRoute, async (c) => c.json({ members: await listTeam(context, actorOf(c)) }, 200));

  app.openapi(updateMemberRoute, async (c) =>
    c.json(await updateTeamMember(context, actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(removeMemberRoute, async (c) => {
    await removeTeamMember(context, actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(issueResetRoute, async (c) =>
    c.json(
      await createPasswordReset(context, actorOf(c), {
        userId: c.req.valid('param').id,
        origin: c.get('origin'),
      }),
      201,
    ),
  );

  app.openapi(changePasswordRoute, async (c) => {
    const body = c.req.valid('json');
    const sessionToken = c.get('sessionToken');
    await changePassword(context, actorOf(c), {
      currentPassword: body.currentPassword,
      newPassword: body.newPassword,
      ...(sessionToken === undefined ? {} : { keepSessionToken: sessionToken }),
    });
    return c.body(null, 204);
  });

  app.openapi(resetPasswordRoute, async (c) => {
    takeRateLimit(signInLimiter, [`address:${c.get('clientAddress')}`]);
    await resetPassword(context, c.req.valid('json'));
    return c.body(null, 204);
  });
}
