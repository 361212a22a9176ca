import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { type Dialect, Kysely, PostgresDialect, sql } from 'kysely';
import { CandorError } from '../../core/candor-error.js';
import { cacheSqliteStatements } from './cache-sqlite-statements.js';
import { classifyStorageFault, STORAGE_FAULT_DESCRIPTIONS } from './classify-storage-fault.js';
import { createSqliteDialect } from './create-sqlite-dialect.js';
import type { TDatabase } from './database-schema.js';
import { migrateToLatest } from './migrations.js';
import { startWalCheckpointer } from './start-wal-checkpointer.js';

export const DEFAULT_DATABASE_PATH = './data/candor.sqlite';

export type TDatabaseKind = 'sqlite' | 'postgres';

export type TDatabaseLocation =
  /** `path` is absolute, or ':memory:'. */
  { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export type TCandorDatabase = {
  db: Kysely<TDatabase>;
  kind: TDatabaseKind;
  /** The SQLite file, or the PostgreSQL URL without its password. */
  location: string;
  close(): Promise<void>;
};

export type TCreateDatabaseOptions = {
  /** `sqlite:<path>`, `sqlite::memory:`, a file path, or `postgres://…`. Default ./data/candor.sqlite. */
  url?: string;
  /** A ready Kysely dialect instead of a URL (tests, or a pool configured elsewhere). */
  dialect?: { kind: TDatabaseKind; dialect: Dialect; location?: string };
  /** Run pending migrations (default true). */
  migrate?: boolean;
};

/** Where a database URL points, without opening it. */
export function resolveDatabaseUrl(url: string | undefined, cwd: string = process.cwd()): TDatabaseLocation {
  const value = url?.trim() ?? '';
  if (value.length === 0) return { kind: 'sqlite', path: resolve(cwd, DEFAULT_DATABASE_PATH) };
  if (/^postgres(?:ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value };
  if (/^sqlite:/i.test(value)) {
    const rest = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (rest === ':memory:') return { kind: 'sqlite', path: ':memory:' };
    if (rest.length === 0) {
      throw new CandorError('invalid_argument', 'The SQLite URL names no file: use sqlite:<path>', {
        location: 'url',
      });
    }
    return { kind: 'sqlite', path: resolve(cwd, rest) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new CandorError(
      'invalid_argument',
      `Unsupported database URL "${value.replace(/\/\/[^@/]*@/, '//…@')}": use sqlite:<path>, a file path, or postgres://`,
      { location: 'url' },
    );
  }
  return { kind: 'sqlite', path: resolve(cwd, value) };
}

/** Marks (in SQLite's user_version) a file whose free space was wiped once, after secure_delete came in. */
const SCRUBBED_VERSION = 1;

/** The database and its -wal and -shm files: readable by the owner only. */
export function restrictSqliteFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

async function openSqlite(path: string): Promise<Database.Database> {
  // A new data folder is the owner's alone; an existing one is left as the operator set it.
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // The driver (a native addon) is loaded when a SQLite database is opened, not on import.
  const { default: Sqlite } = await import('better-sqlite3');
  const database = new Sqlite(path);
  try {
    // WAL lets readers run beside the writer. synchronous=NORMAL (SQLite's advice for WAL): a
    // commit is written to the WAL before it returns, so a committed turn survives a killed
    // process; the WAL is synced at checkpoints rather than on every commit, so a power cut may
    // undo the last commits but never corrupts the file. An fsync per commit (FULL) cost more
    // than the rest of an answered question together under load.
    const mode = database.pragma('journal_mode = WAL', { simple: true });
    if (path !== ':memory:' && String(mode).toLowerCase() !== 'wal') {
      throw new Error(`could not switch the journal to WAL (got ${String(mode)})`);
    }
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    // Deleted rows are overwritten with zeros, so an erased candidate's text leaves the file.
    database.pragma('secure_delete = ON');
    if (path !== ':memory:') {
      // A file from before secure_delete may hold deleted text in its free pages: rebuild it once.
      if (Number(database.pragma('user_version', { simple: true })) < SCRUBBED_VERSION) {
        database.exec('VACUUM');
        database.pragma(`user_version = ${SCRUBBED_VERSION}`);
        database.pragma('wal_checkpoint(TRUNCATE)');
      }
      restrictSqliteFiles(path);
    }
    // Start only on a database this process can write: a read-only file would otherwise pass
    // start-up and fail every recruiter's and candidate's write.
    database.exec('BEGIN IMMEDIATE');
    database.exec('ROLLBACK');
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}

/** The URL as it may be shown in logs and errors: without its password. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');
}

/**
 * Opens Candor's database and brings its schema up to date. SQLite (better-sqlite3) by default,
 * in ./data/, created on first start; PostgreSQL for postgres:// URLs (a pg Pool: several
 * servers can share one database). Errors: CandorError 'invalid_argument' for a URL it cannot use,
 * 'storage_failed' when the database cannot be opened or migrated.
 */
export async function createDatabase(options: TCreateDatabaseOptions = {}): Promise<TCandorDatabase> {
  if (options.dialect !== undefined) {
    const { kind, dialect, location } = options.dialect;
    return open(dialect, kind, location ?? kind, options);
  }
  const resolved = resolveDatabaseUrl(options.url);
  if (resolved.kind === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: resolved.url, max: 10 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => {});
    return open(new PostgresDialect({ pool }), 'postgres', redactDatabaseUrl(resolved.url), options);
  }
  let database: Database.Database;
  try {
    database = await openSqlite(resolved.path);
  } catch (cause) {
    const fault = classifyStorageFault(cause);
    const detail = `${fault === undefined ? '' : `${STORAGE_FAULT_DESCRIPTIONS[fault]}: `}${cause instanceof Error ? cause.message : String(cause)}`;
    throw new CandorError('storage_failed', `Cannot open the database ${resolved.path}: ${detail}`, {
      location: resolved.path,
      cause,
    });
  }
  const opened = await open(
    createSqliteDialect({ database: cacheSqliteStatements(database) }),
    'sqlite',
    resolved.path,
    options,
  );
  if (resolved.path === ':memory:') return opened;
  // Started once the database is open and migrated: the log is copied into the file off the event loop.
  const checkpointer = startWalCheckpointer(resolved.path, database);
  return {
    ...opened,
    async close() {
      await checkpointer.stop();
      await opened.close();
    },
  };
}

async function open(
  dialect: Dialect,
  kind: TDatabaseKind,
  location: string,
  options: TCreateDatabaseOptions,
): Promise<TCandorDatabase> {
  const db = new Kysely<TDatabase>({ dialect });
  try {
    // Reach the server first, so an unreachable one is named in the error (without its password).
    await sql`select 1`.execute(db);
    if (kind === 'postgres') {
      // A standby or a read-only default would pass start-up and then fail every write.
      const { rows } = await sql<{ transaction_read_only: string }>`show transaction_read_only`.execute(db);
      if (rows[0]?.transaction_read_only === 'on') {
        throw Object.assign(
          new Error(
            'transactions are read-only on this server (a standby, or default_transaction_read_only)',
          ),
          { code: '25006' },
        );
      }
    }
    if (options.migrate !== false) await migrateToLatest(db as Kysely<unknown>);
  } catch (cause) {
    await db.destroy();
    if (CandorError.isInstance(cause)) throw cause;
    const fault = classifyStorageFault(cause);
    const detail = `${fault === undefined ? '' : `${STORAGE_FAULT_DESCRIPTIONS[fault]}: `}${cause instanceof Error ? cause.message : String(cause)}`;
    throw new CandorError('storage_failed', `Cannot use the database ${location}: ${detail}`, {
      location,
      cause,
    });
  }
  return { db, kind, location, close: () => db.destroy() };
}
