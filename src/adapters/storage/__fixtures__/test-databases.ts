/**
 * The databases storage and server tests run against: SQLite always, PostgreSQL as well when
 * CANDOR_TEST_POSTGRES_URL points at a server (e.g. postgres://postgres@127.0.0.1:55432/postgres).
 * Every database opened here is fresh — a new SQLite file, or a new PostgreSQL database created
 * for the test and dropped after it — so runs never collide.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, type TCandorDatabase, type TDatabaseKind } from '../create-database.js';

const postgresUrl = process.env.CANDOR_TEST_POSTGRES_URL?.trim() || undefined;

/** The dialects to run each storage test on. */
export const TEST_DATABASE_KINDS: readonly TDatabaseKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export type TTestDatabase = TCandorDatabase & {
  /** The URL another connection (or a child process) opens the same database with. */
  url: string;
  /** Closes the connection and deletes the database. */
  dispose(): Promise<void>;
};

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty, migrated database of the given kind. */
export async function openTestDatabase(kind: TDatabaseKind): Promise<TTestDatabase> {
  if (kind === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'candor-test-db-'));
    const url = `sqlite:${join(directory, 'candor.sqlite')}`;
    const database = await createDatabase({ url });
    return {
      ...database,
      url,
      async dispose() {
        await database.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  if (postgresUrl === undefined) throw new Error('CANDOR_TEST_POSTGRES_URL is not set');
  const name = `candor_test_${randomBytes(8).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const target = new URL(postgresUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  const database = await createDatabase({ url });
  return {
    ...database,
    url,
    async dispose() {
      await database.close();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
