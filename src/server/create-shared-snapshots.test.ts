import { describe, expect, it } from 'vitest';
import { createSharedSnapshots } from './create-shared-snapshots.js';

describe('createSharedSnapshots', () => {
  it('computes once for every caller within the age, again after it', async () => {
    let time = 0;
    const snapshots = createSharedSnapshots<string>(1000, () => time);
    let computed = 0;
    const compute = async () => `list ${++computed}`;
    const streams = await Promise.all(Array.from({ length: 50 }, () => snapshots.get('org:job', compute)));
    expect(new Set(streams)).toEqual(new Set(['list 1']));
    time = 999;
    expect(await snapshots.get('org:job', compute)).toBe('list 1');
    time = 1000;
    expect(await snapshots.get('org:job', compute)).toBe('list 2');
    expect(await snapshots.get('org:other-job', compute)).toBe('list 3');
    expect(computed).toBe(3);
  });

  it('does not keep a failure: the next caller computes again', async () => {
    const snapshots = createSharedSnapshots<string>(1000, () => 0);
    await expect(snapshots.get('k', async () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await snapshots.get('k', async () => 'fresh')).toBe('fresh');
  });
});
