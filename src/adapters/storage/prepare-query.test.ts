import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DATABASE_KINDS, type TTestDatabase } from './__fixtures__/test-databases.js';
import { prepareQuery } from './prepare-query.js';

const selectSettings = prepareQuery((db, key: string, otherKey: string) =>
  db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where((eb) => eb.or([eb('key', '=', key), eb('key', '=', otherKey)]))
    .where('value', '!=', 'hidden')
    .orderBy('key'),
);

describe.each(TEST_DATABASE_KINDS)('prepareQuery (%s)', (kind) => {
  let database: TTestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await database.db
      .insertInto('settings')
      .values([
        { key: 'a', value: 'one', created_at: '2026-03-02T09:00:00.000Z' },
        { key: 'b', value: 'two', created_at: '2026-03-02T09:00:00.000Z' },
        { key: 'c', value: 'hidden', created_at: '2026-03-02T09:00:00.000Z' },
      ])
      .execute();
  });
  afterAll(() => database.dispose());

  it('runs the query compiled once with each call’s own arguments, in their places', async () => {
    expect(await selectSettings(database.db, 'a', 'b')).toEqual([
      { key: 'a', value: 'one' },
      { key: 'b', value: 'two' },
    ]);
    expect(await selectSettings(database.db, 'b', 'zzz')).toEqual([{ key: 'b', value: 'two' }]);
    // A constant of the query itself stays as it was compiled.
    expect(await selectSettings(database.db, 'c', 'c')).toEqual([]);
    // An argument is only ever a value: text that looks like SQL matches nothing.
    expect(await selectSettings(database.db, "a' or '1'='1", 'x')).toEqual([]);
  });

  it('runs inside a transaction of the database, seeing what the transaction wrote', async () => {
    await database.db.transaction().execute(async (transaction) => {
      await transaction
        .insertInto('settings')
        .values({ key: 'd', value: 'four', created_at: '2026-03-02T09:00:00.000Z' })
        .execute();
      expect(await selectSettings(transaction, 'd', 'a')).toEqual([
        { key: 'a', value: 'one' },
        { key: 'd', value: 'four' },
      ]);
    });
    expect(await selectSettings(database.db, 'd', 'zzz')).toEqual([{ key: 'd', value: 'four' }]);
  });

  it('refuses a query that does not use an argument as a value', async () => {
    const inlined = prepareQuery((db, key: string) =>
      db.selectFrom('settings').select('value').where(sql.lit(key.length), '=', 1),
    );
    await expect(inlined(database.db, 'a')).rejects.toThrow('prepareQuery: 1 argument(s) not used as values');
  });
});
