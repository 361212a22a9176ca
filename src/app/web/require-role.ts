import { CandorError } from '../../core/candor-error.js';
import type { TActor } from './web-context.js';

export type TRole = TActor['role'];

/** Throws CandorError 'forbidden', naming what was refused, unless the actor has one of `roles`. */
export function requireRole(actor: TActor, roles: readonly TRole[], what: string): void {
  if (!roles.includes(actor.role)) {
    throw new CandorError(
      'forbidden',
      `Only ${roles.map((role) => (role === 'member' ? 'a member' : `an ${role}`)).join(' or ')} can ${what}.`,
    );
  }
}
