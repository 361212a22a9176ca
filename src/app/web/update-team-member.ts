import type { TTeamMember } from '../../contract/api-schemas.js';
import { findManageableUser } from './find-manageable-user.js';
import { listTeam } from './list-team.js';
import { repositoriesOf } from './repositories-of.js';
import { requireRole } from './require-role.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Changes a colleague's role (the owner only: admin or member) or disables or re-enables their
 * account (the owner anyone, an admin members). A disabled user's browser sessions end at once
 * and their API tokens stop working; each change leaves an audit event. Resolves to the colleague
 * as the team list shows them. Errors: CandorError 'forbidden', 'not_found'.
 */
export async function updateTeamMember(
  context: TWebContext,
  actor: TActor,
  userId: string,
  input: { role?: 'admin' | 'member'; disabled?: boolean },
): Promise<TTeamMember> {
  if (input.role !== undefined) requireRole(actor, ['owner'], 'change roles');
  const what = input.role !== undefined ? 'change the role of' : input.disabled ? 'disable' : 'enable';
  const user = await findManageableUser(context, actor, userId, what);
  const now = context.now().toISOString();
  await repositoriesOf(context).transaction(async (within) => {
    const audit = (action: string, detail: Record<string, unknown>) =>
      within.audit.record({
        id: context.newId(),
        organisation_id: actor.organisationId,
        action,
        subject_id: user.id,
        actor_user_id: actor.userId,
        actor_name: actor.name,
        detail_json: JSON.stringify(detail),
        at: now,
      });
    if (input.role !== undefined && input.role !== user.role) {
      await within.team.updateUser(user.id, { role: input.role });
      await audit('user.role_changed', { from: user.role, to: input.role });
    }
    if (input.disabled === true && user.disabled_at === null) {
      await within.team.updateUser(user.id, { disabled_at: now });
      await audit('user.disabled', {});
    } else if (input.disabled === false && user.disabled_at !== null) {
      await within.team.updateUser(user.id, { disabled_at: null });
      await audit('user.enabled', {});
    }
  });
  const member = (await listTeam(context, actor)).find((row) => row.id === user.id);
  if (member === undefined) throw new Error(`user ${user.id} vanished`);
  return member;
}
