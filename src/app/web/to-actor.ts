import type { Selectable } from 'kysely';
import type { TUsersTable } from '../../adapters/storage/database-schema.js';
import type { TActor } from './web-context.js';

export function toActor(user: Selectable<TUsersTable>, via: TActor['via']): TActor {
  return {
    userId: user.id,
    organisationId: user.organisation_id,
    email: user.email,
    name: user.name,
    role: user.role === 'owner' ? 'owner' : 'member',
    via,
  };
}
