import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { changePassword } from '../../app/web/change-password.js';
import { createPasswordReset } from '../../app/web/create-password-reset.js';
import { listTeam } from '../../app/web/list-team.js';
import { removeTeamMember } from '../../app/web/remove-team-member.js';
import { resetPassword } from '../../app/web/reset-password.js';
import { sendPasswordResetEmail } from '../../app/web/send-password-reset-email.js';
import { updateTeamMember } from '../../app/web/update-team-member.js';
import type { TWebContext } from '../../app/web/web-context.js';
import {
  ZChangePasswordBody,
  ZForgotPasswordAnswer,
  ZForgotPasswordBody,
  ZPasswordReset,
  ZResetPasswordBody,
  ZTeamList,
  ZTeamMember,
  ZUpdateTeamMemberBody,
} from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import type { TBackgroundTasks } from '../create-background-tasks.js';
import { createRateLimiter, type TRateLimiter } from '../create-rate-limiter.js';
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

const forgotPasswordRoute = createRoute({
  method: 'post',
  path: '/api/auth/forgot-password',
  tags,
  summary:
    'Ask for a password reset link by email (when the server has SMTP): the same answer whether or not the email has an account; the mail goes out afterwards',
  request: { body: { ...jsonContent(ZForgotPasswordBody, 'The email of the account'), required: true } },
  responses: {
    202: jsonContent(ZForgotPasswordAnswer, 'Taken: a link is mailed if an account uses this email'),
    ...problems(400, 429, 501),
  },
});

/** The one answer to every "forgot your password" request, account or not. */
export const FORGOT_PASSWORD_ANSWER = 'If an account uses this email, a reset link is on its way.';

export type TTeamRoutesOptions = {
  context: TWebContext;
  /** Reset attempts count with sign-in attempts, by address. */
  signInLimiter: TRateLimiter | undefined;
  /** Where reset emails are sent from, after the request is answered. */
  background: TBackgroundTasks;
};

/** The team (roles, disable, remove), password changes, and password reset links (an admin's, or mailed). */
export function registerTeamRoutes(
  app: OpenAPIHono<TServerEnv>,
  { context, signInLimiter, background }: TTeamRoutesOptions,
) {
  // Reset emails per email address: 3, then one every 10 minutes; past that the request is
  // answered the same and no mail goes out, so nobody can flood someone's inbox.
  const mailsPerEmail =
    signInLimiter === undefined ? undefined : createRateLimiter({ capacity: 3, perMinute: 0.1 });
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

  app.openapi(forgotPasswordRoute, async (c) => {
    takeRateLimit(signInLimiter, [`address:${c.get('clientAddress')}`]);
    const mailer = context.mailer;
    if (mailer === undefined) {
      throw new CandorError(
        'not_implemented',
        'This server sends no email: ask an owner or admin of your organisation for a reset link.',
      );
    }
    const input = { email: c.req.valid('json').email.trim().toLowerCase(), origin: c.get('origin') };
    background.run(async () => {
      if (mailsPerEmail !== undefined && !mailsPerEmail.take(input.email).isAllowed) return;
      await sendPasswordResetEmail(context, mailer, input);
    });
    return c.json({ message: FORGOT_PASSWORD_ANSWER }, 202);
  });
}
