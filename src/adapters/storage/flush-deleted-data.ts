import { type Kysely, SqliteAdapter, sql } from 'kysely';
import type { TDatabase } from './database-schema.js';

/**
 * After an erasure: on SQLite, copies the write-ahead log into the database file and truncates it,
 * so deleted rows survive in neither (secure_delete zeroes them in the file). Resolves to false
 * when another connection held the log and it could not be truncated (the next erasure retries).
 * PostgreSQL keeps dead rows until VACUUM: nothing to do here (the README says what to run).
 */
export async function flushDeletedData(db: Kysely<TDatabase>): Promise<boolean> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return true;
  const result = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  return (result.rows[0]?.busy ?? 0) === 0;
}
