import { findManageableUser } from './find-manageable-user.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Removes a colleague from the organisation (the owner anyone, an admin members): their account,
 * browser sessions, API tokens and password reset links are deleted; jobs they created and
 * decisions they made stay (decisions keep the name they were made under). Leaves an audit event.
 * Errors: CandorError 'forbidden', 'not_found'.
 */
export async function removeTeamMember(context: TWebContext, actor: TActor, userId: string): Promise<void> {
  const user = await findManageableUser(context, actor, userId, 'remove');
  await context.db.transaction().execute(async (transaction) => {
    await transaction.deleteFrom('web_sessions').where('user_id', '=', user.id).execute();
    await transaction.deleteFrom('api_tokens').where('user_id', '=', user.id).execute();
    await transaction.deleteFrom('password_resets').where('user_id', '=', user.id).execute();
    await transaction.deleteFrom('users').where('id', '=', user.id).execute();
    await transaction
      .insertInto('audit_events')
      .values({
        id: context.newId(),
        organisation_id: actor.organisationId,
        action: 'user.removed',
        subject_id: user.id,
        actor_user_id: actor.userId,
        actor_name: actor.name,
        detail_json: JSON.stringify({ name: user.name, role: user.role }),
        at: context.now().toISOString(),
      })
      .execute();
  });
}
