import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { toProblem } from '../../server/to-problem.js';
import { classifyStorageFault } from './classify-storage-fault.js';
import { createDatabase, type TCandorDatabase } from './create-database.js';

/** Real faults from the real drivers: nothing here is a hand-made error object. */
/**
 * As root the read-only check runs as another user (root writes any file), who must be able to
 * reach this checkout: not so in a clone under a private folder (/root, a 0700 temporary folder).
 */
function isReachableByOthers(path: string): boolean {
  for (let folder = path; ; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return false;
    if (dirname(folder) === folder) return true;
  }
}
const REPOSITORY = fileURLToPath(new URL('../../..', import.meta.url));
const canCheckReadOnly = process.getuid?.() !== 0 || isReachableByOthers(REPOSITORY);

describe('storage faults are named', () => {
  const directories: string[] = [];
  const databases: TCandorDatabase[] = [];
  function folder(): string {
    const directory = mkdtempSync(join(tmpdir(), 'candor-faults-'));
    directories.push(directory);
    return directory;
  }
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.close();
    for (const directory of directories.splice(0)) {
      chmodSync(directory, 0o700);
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('names a full disk, and a failed transaction reports it rather than a failed rollback', async () => {
    const database = await createDatabase({ url: `sqlite:${join(folder(), 'candor.sqlite')}` });
    databases.push(database);
    const { page_count } = (await sql<{ page_count: number }>`pragma page_count`.execute(database.db))
      .rows[0] as { page_count: number };
    await sql.raw(`pragma max_page_count = ${page_count}`).execute(database.db);
    const big = 'x'.repeat(200_000);
    const error = await database.db
      .transaction()
      .execute(async (transaction) => {
        await transaction
          .insertInto('settings')
          .values({ key: 'a', value: big, created_at: 'now' })
          .execute();
      })
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/database or disk is full/);
    expect(classifyStorageFault(error)).toBe('disk_full');
    const { problem } = toProblem(error);
    expect(problem).toMatchObject({ status: 500, code: 'storage_failed' });
    expect(problem.detail).toContain('the database is full');
  });

  it('names a locked database', async () => {
    const path = join(folder(), 'locked.sqlite');
    const holder = new Database(path);
    holder.pragma('journal_mode = WAL');
    holder.exec('create table t (a)');
    holder.exec('BEGIN IMMEDIATE');
    const other = new Database(path, { timeout: 0 });
    let error: unknown;
    try {
      other.exec('insert into t values (1)');
    } catch (caught) {
      error = caught;
    }
    holder.exec('ROLLBACK');
    holder.close();
    other.close();
    expect(classifyStorageFault(error)).toBe('locked');
    const answer = toProblem(error);
    expect(answer.problem.detail).toContain('locked by another process');
    expect(answer.headers['retry-after']).toBe('5');
  });

  it.skipIf(!canCheckReadOnly)(
    'refuses to start on a SQLite file it cannot write, saying it is read-only',
    async () => {
      const directory = folder();
      const path = join(directory, 'candor.sqlite');
      const database = await createDatabase({ url: `sqlite:${path}` });
      await database.close();
      chmodSync(path, 0o644);
      chmodSync(directory, 0o755);
      const isRoot = process.getuid?.() === 0;
      if (!isRoot) {
        chmodSync(path, 0o444);
        chmodSync(directory, 0o555);
      }
      const child = fileURLToPath(new URL('./__fixtures__/open-database.ts', import.meta.url));
      // Root writes any file: the check runs as another user, who may read the file but not write it.
      const run = spawnSync(process.execPath, ['--import', 'tsx', child, `sqlite:${path}`], {
        encoding: 'utf8',
        timeout: 60_000,
        ...(isRoot ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: tmpdir() } } : {}),
      });
      expect(run.stderr).toBe('');
      const outcome = JSON.parse(run.stdout) as { code: string; message: string };
      expect(outcome.code).toBe('storage_failed');
      expect(outcome.message).toContain(`Cannot open the database ${path}: the database is read-only`);
    },
  );

  it('names a lost PostgreSQL connection', async () => {
    // A port nothing listens on: the connection is refused.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const client = new pg.Client({ connectionString: `postgres://candor@127.0.0.1:${port}/candor` });
    const error = await client.connect().catch((caught: unknown) => caught);
    expect(classifyStorageFault(error)).toBe('connection_lost');
    const failed = await createDatabase({ url: `postgres://candor:secret@127.0.0.1:${port}/candor` }).catch(
      (caught: unknown) => caught,
    );
    expect((failed as Error).message).toContain('the database cannot be reached');
    expect((failed as Error).message).not.toContain('secret');
  });
});
