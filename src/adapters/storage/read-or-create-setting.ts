import type { Kysely } from 'kysely';
import type { TDatabase } from './database-schema.js';

/**
 * A server setting, created with `create()` the first time it is read. Safe when several servers
 * start at once on one database: the first insert wins and everyone reads the winner's value.
 */
export async function readOrCreateSetting(
  db: Kysely<TDatabase>,
  key: string,
  create: () => string,
  now: string = new Date().toISOString(),
): Promise<string> {
  const existing = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (existing !== undefined) return existing.value;
  await db
    .insertInto('settings')
    .values({ key, value: create(), created_at: now })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const stored = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return stored.value;
}
