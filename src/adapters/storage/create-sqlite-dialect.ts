import { type DatabaseConnection, SqliteDialect, type SqliteDialectConfig, SqliteDriver } from 'kysely';

/**
 * SQLite rolls a transaction back by itself on some errors (a full disk, an I/O error); Kysely's
 * rollback that follows then fails with "cannot rollback - no transaction is active" and throws
 * that instead of the error that mattered. This driver lets the original error through.
 */
class SqliteDriverKeepingErrors extends SqliteDriver {
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      if (error instanceof Error && /no transaction is active/i.test(error.message)) return;
      throw error;
    }
  }
}

class SqliteDialectKeepingErrors extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new SqliteDriverKeepingErrors(this.#config);
  }
}

/** Kysely's SQLite dialect, except that a failed transaction reports why it failed (see above). */
export function createSqliteDialect(config: SqliteDialectConfig): SqliteDialect {
  return new SqliteDialectKeepingErrors(config);
}
