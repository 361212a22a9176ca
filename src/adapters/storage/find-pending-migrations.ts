import { type Kysely, Migrator } from 'kysely';
import { MIGRATIONS } from './migrations.js';

/** The names of the migrations this version of Candor has that the database has not run, in order. */
export async function findPendingMigrations(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  const migrations = await migrator.getMigrations();
  return migrations
    .filter((migration) => migration.executedAt === undefined)
    .map((migration) => migration.name);
}
