import { type DatabaseConnection, SqliteDialect, type SqliteDialectConfig, SqliteDriver } from 'kysely';

/**
 * SQLite rolls a transaction back by itself on some errors (a full disk, an I/O error); Kysely's
 * rollback that follows then fails with "cannot rollback - no transaction is active" and throws
 * that instead of the error that mattered. This driver lets the original error through.
 *
 * It also hands its one connection over in turn. Kysely's own lock wakes every waiting query when
 * the connection is released and all but one go back to waiting: with a few hundred requests at
 * once that is a few hundred wake-ups per query, most of the server's time, and no order among
 * them. Here the waiting queries queue, each woken once, in the order they asked.
 */
class SqliteDriverKeepingErrors extends SqliteDriver {
  /** The queries waiting for the connection, first come first served; undefined while it is free. */
  #waiting: (() => void)[] | undefined;

  override async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#waiting === undefined) this.#waiting = [];
    else await new Promise<void>((resolve) => this.#waiting?.push(resolve));
    // Only the holder gets here, so Kysely's own lock below is always free.
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    const next = this.#waiting?.shift();
    if (next === undefined) this.#waiting = undefined;
    else next();
  }

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
