import { createKyselyRepositories } from '../../adapters/storage/create-kysely-repositories.js';
import type { TRepositories } from '../ports/repositories.js';
import type { TWebContext } from './web-context.js';

const built = new WeakMap<TWebContext['db'], WeakMap<object, TRepositories>>();
const SYSTEM_CLOCK = () => new Date();

/**
 * The repositories a use case runs on: the context's own (createServer passes them), or Kysely
 * repositories on the context's database with its clock, built once per database and clock.
 */
export function repositoriesOf(
  context: Pick<TWebContext, 'db' | 'repositories'> & { now?: () => Date },
): TRepositories {
  if (context.repositories !== undefined) return context.repositories;
  const clock = context.now ?? SYSTEM_CLOCK;
  let byClock = built.get(context.db);
  if (byClock === undefined) {
    byClock = new WeakMap();
    built.set(context.db, byClock);
  }
  let repositories = byClock.get(clock);
  if (repositories === undefined) {
    repositories = createKyselyRepositories(context.db, { now: () => clock().toISOString() });
    byClock.set(clock, repositories);
  }
  return repositories;
}
