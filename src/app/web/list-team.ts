import type { TTeamMember } from '../../contract/api-schemas.js';
import { repositoriesOf } from './repositories-of.js';
import { toRole } from './to-actor.js';
import type { TActor, TWebContext } from './web-context.js';

/** The organisation's users, owner first, then by name: their role and whether they are disabled. */
export async function listTeam(context: TWebContext, actor: TActor): Promise<TTeamMember[]> {
  const rows = await repositoriesOf(context).team.listUsers(actor.organisationId);
  const order = { owner: 0, admin: 1, member: 2 } as const;
  return rows
    .map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      role: toRole(row.role),
      disabled: row.disabled_at !== null,
      createdAt: row.created_at,
      isYou: row.id === actor.userId,
    }))
    .sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name));
}
