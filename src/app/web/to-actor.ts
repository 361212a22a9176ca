import type { TUserRecord } from '../ports/records.js';
import type { TActor } from './web-context.js';

/** A stored role; anything unknown is the least: member. */
export function toRole(role: string): TActor['role'] {
  return role === 'owner' || role === 'admin' ? role : 'member';
}

export function toActor(user: TUserRecord, via: TActor['via']): TActor {
  return {
    userId: user.id,
    organisationId: user.organisation_id,
    email: user.email,
    name: user.name,
    role: toRole(user.role),
    via,
  };
}
