/**
 * One computation shared by every caller asking for the same key within `maxAgeMs`: the job's
 * live stream serialises a job's candidate list once per job per tick, however many streams are
 * open on it (and concurrent callers share the computation in flight). A failed computation is
 * not kept. Expired entries are dropped as new ones are made, so the map stays small.
 */
export function createSharedSnapshots<T>(maxAgeMs: number, now: () => number = Date.now) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key: string, compute: () => Promise<T>): Promise<T> {
      const at = now();
      const entry = entries.get(key);
      if (entry !== undefined && at - entry.at < maxAgeMs) return entry.value;
      if (entries.size >= 256) {
        for (const [other, { at: made }] of entries) if (at - made >= maxAgeMs) entries.delete(other);
      }
      const value = compute();
      entries.set(key, { at, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
  };
}
