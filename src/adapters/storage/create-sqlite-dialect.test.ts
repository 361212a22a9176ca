import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteDialect } from './create-sqlite-dialect.js';

type TCounterDatabase = { counter: { id: number; value: number } };

let directory: string;
let db: Kysely<TCounterDatabase>;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'candor-dialect-'));
  db = new Kysely<TCounterDatabase>({
    dialect: createSqliteDialect({ database: new Database(join(directory, 'counter.sqlite')) }),
  });
  await sql`create table counter (id integer primary key, value integer not null)`.execute(db);
  await db.insertInto('counter').values({ id: 1, value: 0 }).execute();
});

afterEach(async () => {
  await db.destroy();
  rmSync(directory, { recursive: true, force: true });
});

const read = async (executor: Kysely<TCounterDatabase>) =>
  (await executor.selectFrom('counter').select('value').where('id', '=', 1).executeTakeFirstOrThrow()).value;

describe('createSqliteDialect', () => {
  it('gives its one connection to one query or transaction at a time, in the order they asked', async () => {
    const finished: string[] = [];
    const work: Promise<unknown>[] = [];
    for (let index = 0; index < 40; index++) {
      if (index % 4 === 0) {
        // A transaction that reads, lets other work run, then writes: never interleaved with another.
        work.push(
          db.transaction().execute(async (transaction) => {
            const value = await read(transaction);
            await nextTurn();
            await transaction
              .updateTable('counter')
              .set({ value: value + 1 })
              .where('id', '=', 1)
              .execute();
            finished.push(`t${index}`);
          }),
        );
      } else {
        work.push(read(db).then(() => finished.push(`q${index}`)));
      }
    }
    await Promise.all(work);
    expect(await read(db)).toBe(10);
    expect(finished).toEqual(
      Array.from({ length: 40 }, (_, index) => (index % 4 === 0 ? `t${index}` : `q${index}`)),
    );
  });

  it('hands the connection on after a failed transaction and reports the error that mattered', async () => {
    const failing = db.transaction().execute(async (transaction) => {
      await transaction.updateTable('counter').set({ value: 5 }).where('id', '=', 1).execute();
      await sql`insert into missing_table values (1)`.execute(transaction);
    });
    const after = read(db);
    await expect(failing).rejects.toThrow(/no such table: missing_table/);
    expect(await after).toBe(0);
  });
});
