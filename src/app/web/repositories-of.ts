import { createKyselyRepositories } from '../../adapters/storage/create-kysely-repositories.js';
import type { TRepositories } from '../ports/repositories.js';
import type { TWebContext } from './web-context.js';

const built = new WeakMap<TWebContext['db'], TRepositories>();

/**
 * The repositories a use case runs on: the context's own (createServer passes them), or Kysely
 * repositories on the context's database, built once per database.
 */
export function repositoriesOf(context: Pick<TWebContext, 'db' | 'repositories'>): TRepositories {
  if (context.repositories !== undefined) return context.repositories;
  let repositories = built.get(context.db);
  if (repositories === undefined) {
    repositories = createKyselyRepositories(context.db);
    built.set(context.db, repositories);
  }
  return repositories;
}
