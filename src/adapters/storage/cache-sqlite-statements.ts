import type Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * The SQLite database as Kysely uses it, with its prepared statements kept and reused: Kysely
 * prepares every query it runs, and preparing costs as much as running a small query. Kept by SQL
 * text, the `size` most recently used (an `in (…)` list of each length is its own statement).
 * Safe because Kysely's SQLite driver runs one query at a time on its one connection.
 */
export function cacheSqliteStatements(database: Database.Database, size = 500): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= size) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      } else {
        // Most recently used last: the first key is always the one to drop.
        statements.delete(sql);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
