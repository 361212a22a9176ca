import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheSqliteStatements } from './cache-sqlite-statements.js';

describe('cacheSqliteStatements', () => {
  it('reuses a prepared statement per SQL text and drops the least recently used past its size', () => {
    const raw = new Database(':memory:');
    const cached = cacheSqliteStatements(raw, 2);
    const one = cached.prepare('select 1 as n');
    expect(cached.prepare('select 1 as n')).toBe(one);
    expect(one.all([])).toEqual([{ n: 1 }]);
    const two = cached.prepare('select 2 as n');
    // Used again: now the most recent, so the next new statement drops `two`, not `one`.
    expect(cached.prepare('select 1 as n')).toBe(one);
    cached.prepare('select 3 as n');
    expect(cached.prepare('select 1 as n')).toBe(one);
    expect(cached.prepare('select 2 as n')).not.toBe(two);
    cached.close();
    expect(raw.open).toBe(false);
  });
});
