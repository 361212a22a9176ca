import { findManageableUser } from './find-manageable-user.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Removes a colleague from the organisation (the owner anyone, an admin members): their account,
 * browser sessions, API tokens and password reset links are deleted; jobs they created and
 * decisions they made stay (decisions keep the name they were made under). Leaves an audit event.
 * Errors: CandorError 'forbidden', 'not_found'.
 */
export async function removeTeamMember(context: TWebContext, actor: TActor, userId: string): Promise<void> {
  const user = await findManageableUser(context, actor, userId, 'remove');
  await repositoriesOf(context).transaction(async (within) => {
    await within.team.removeUser(user.id);
    await within.audit.record({
      id: context.newId(),
      organisation_id: actor.organisationId,
      action: 'user.removed',
      subject_id: user.id,
      actor_user_id: actor.userId,
      actor_name: actor.name,
      detail_json: JSON.stringify({ name: user.name, role: user.role }),
      at: context.now().toISOString(),
    });
  });
}
