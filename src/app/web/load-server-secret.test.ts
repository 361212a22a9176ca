import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TTestDatabase } from '../../adapters/storage/__fixtures__/test-databases.js';
import { createKyselyRepositories } from '../../adapters/storage/create-kysely-repositories.js';
import { loadServerSecret } from './load-server-secret.js';

describe('loadServerSecret', () => {
  let database: TTestDatabase;
  let folder: string;
  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
    folder = mkdtempSync(join(tmpdir(), 'candor-secret-'));
  });
  afterEach(async () => {
    await database.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('generates a 0600 file on the first start in a 0700 folder, and reads the same secret after', async () => {
    const file = join(folder, 'data', 'secret.key');
    const first = await loadServerSecret(createKyselyRepositories(database.db), {
      file,
      randomBytes: (size) => new Uint8Array(size).fill(9),
    });
    expect(first).toEqual(new Uint8Array(32).fill(9));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(folder, 'data')).mode & 0o777).toBe(0o700);
    expect(await loadServerSecret(createKyselyRepositories(database.db), { file })).toEqual(first);
    expect(await database.db.selectFrom('settings').selectAll().execute()).toEqual([]);
  });

  it('makes a file readable by others private again, and names a damaged file', async () => {
    const file = join(folder, 'secret.key');
    writeFileSync(file, `${Buffer.alloc(32, 3).toString('base64')}\n`, { mode: 0o644 });
    const messages: string[] = [];
    await loadServerSecret(createKyselyRepositories(database.db), {
      file,
      log: (message) => messages.push(message),
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(messages.join()).toContain('now 0600');
    writeFileSync(file, 'short');
    await expect(loadServerSecret(createKyselyRepositories(database.db), { file })).rejects.toMatchObject({
      code: 'invalid_argument',
      location: file,
    });
  });

  it('takes CANDOR_SECRET of 32 characters or more, and removes an old secret from the database', async () => {
    await database.db
      .insertInto('settings')
      .values({
        key: 'secret',
        value: Buffer.alloc(32, 1).toString('base64'),
        created_at: '2026-01-01T00:00:00Z',
      })
      .execute();
    const file = join(folder, 'secret.key');
    await expect(
      loadServerSecret(createKyselyRepositories(database.db), { configured: 'too short', file }),
    ).rejects.toMatchObject({
      code: 'invalid_argument',
      location: 'CANDOR_SECRET',
    });
    const configured = 'x'.repeat(40);
    expect(await loadServerSecret(createKyselyRepositories(database.db), { configured, file })).toEqual(
      new TextEncoder().encode(configured),
    );
    expect(await database.db.selectFrom('settings').selectAll().execute()).toEqual([]);
    expect(() => readFileSync(file)).toThrow();
  });
});
