import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from './create-worker-pool.js';

const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);

describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
  it('lowers the niceness of the calling worker thread only, not the process', async () => {
    const mainBefore = niceOf(readFileSync('/proc/thread-self/stat', 'utf8'));
    const pool = createWorkerPool({
      filename: new URL('../../../test/support/thread-priority-probe.ts', import.meta.url),
      threads: 1,
    });
    try {
      const result = (await pool.run(undefined, 30_000, () => new Error('timeout'))) as {
        lowered: boolean;
        before: number;
        after: number;
      };
      expect(result.lowered).toBe(true);
      expect(result.after).toBe(Math.min(19, result.before + 5));
    } finally {
      await pool.close();
    }
    expect(niceOf(readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(mainBefore);
  });
});
