import { describe, expect, it } from 'vitest';
import { CandorError } from '../../core/candor-error.js';
import { createFairQueue } from './create-fair-queue.js';

/** A task that runs until released, recording when it started. */
function gate(log: string[], name: string) {
  let release: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    task: async () => {
      log.push(name);
      await done;
      return name;
    },
    release: () => release(),
  };
}

describe('createFairQueue', () => {
  it("starts another organisation's task while one organisation has a backlog", async () => {
    const queue = createFairQueue({ concurrency: 2, perKey: 1, maxWaitingPerKey: 50 });
    const started: string[] = [];
    const flood = Array.from({ length: 10 }, (_, index) => gate(started, `a${index}`));
    const floodResults = flood.map((item) => queue.run('org-a', item.task));
    const other = gate(started, 'b0');
    const otherResult = queue.run('org-b', other.task);
    await Promise.resolve();
    // org-a holds one slot (perKey 1); org-b's task took the other at once.
    expect(started).toEqual(['a0', 'b0']);
    expect(queue.stats()).toEqual({ running: 2, waiting: 9 });
    other.release();
    expect(await otherResult).toBe('b0');
    for (const item of flood) item.release();
    expect(await Promise.all(floodResults)).toEqual(flood.map((_, index) => `a${index}`));
    expect(started.slice(2)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('takes organisations in turn once both have a backlog', async () => {
    const queue = createFairQueue({ concurrency: 1, perKey: 1, maxWaitingPerKey: 50 });
    const started: string[] = [];
    const items = ['a0', 'a1', 'a2', 'b0', 'b1'].map((name) => ({ name, ...gate(started, name) }));
    const results = items.map((item) => queue.run(item.name.slice(0, 1), item.task));
    for (const item of items) {
      await Promise.resolve();
      item.release();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(results);
    // a1 was waiting before b0 arrived; from then on a and b alternate.
    expect(started).toEqual(['a0', 'a1', 'b0', 'a2', 'b1']);
  });

  it("refuses an organisation's task beyond its waiting limit with rate_limited, and still runs the others", async () => {
    const queue = createFairQueue({ concurrency: 1, perKey: 1, maxWaitingPerKey: 2 });
    const started: string[] = [];
    const items = ['a0', 'a1', 'a2'].map((name) => gate(started, name));
    const accepted = items.map((item) => queue.run('a', item.task));
    const refused = await queue.run('a', async () => 'a3').catch((error: unknown) => error);
    expect(CandorError.isInstance(refused) && refused.code).toBe('rate_limited');
    expect(CandorError.isInstance(refused) && refused.retryAfterSeconds).toBe(5);
    for (const item of items) item.release();
    expect(await Promise.all(accepted)).toEqual(['a0', 'a1', 'a2']);
  });

  it('passes a failed task on and frees its slot', async () => {
    const queue = createFairQueue({ concurrency: 1, perKey: 1, maxWaitingPerKey: 5 });
    await expect(queue.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run('a', async () => 'next')).toBe('next');
  });
});
