export {
  createDatabase,
  DEFAULT_DATABASE_PATH,
  resolveDatabaseUrl,
  type TCandorDatabase,
  type TCreateDatabaseOptions,
  type TDatabaseKind,
  type TDatabaseLocation,
} from './create-database.js';
export { createSessionId } from './create-session-id.js';
export type { TDatabase, TInterviewSessionsTable } from './database-schema.js';
export { createKyselySessionStore, type TKyselySessionStoreOptions } from './kysely-session-store.js';
export { MIGRATIONS, migrateToLatest } from './migrations.js';
