import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database.js';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'candor-checkpoint-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('startWalCheckpointer (through createDatabase)', () => {
  it('copies the log into the database file from its own thread, not on the writer’s commits', async () => {
    const path = join(directory, 'candor.sqlite');
    const database = await createDatabase({ url: `sqlite:${path}` });
    try {
      const { rows } = await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(
        database.db,
      );
      // The writer only checkpoints past ~40 MB of log; 2 MB below reach the file through the thread.
      expect(rows[0]?.wal_autocheckpoint).toBe(10_000);
      const before = statSync(path).size;
      const text = 'x'.repeat(4_000);
      for (let batch = 0; batch < 10; batch++) {
        await database.db
          .insertInto('settings')
          .values(
            Array.from({ length: 50 }, (_, index) => ({
              key: `k${batch}-${index}`,
              value: text,
              created_at: '2026-03-02T09:00:00.000Z',
            })),
          )
          .execute();
      }
      // Polled with a generous limit: the thread checkpoints every 200 ms on a loaded machine.
      let size = statSync(path).size;
      for (let waited = 0; size < before + 2_000_000 && waited < 30_000; waited += 100) {
        await sleep(100);
        size = statSync(path).size;
      }
      expect(size).toBeGreaterThanOrEqual(before + 2_000_000);
      const count = await database.db
        .selectFrom('settings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', 'like', 'k%')
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(500);
    } finally {
      await database.close();
    }
  });
});
