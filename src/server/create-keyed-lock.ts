export type TKeyedLock = <T>(key: string, run: () => Promise<T>) => Promise<T>;

/**
 * Runs calls with the same key one after another (in this process): a candidate's double click
 * or two tabs cannot ask two questions at once. Keys are forgotten when idle.
 */
export function createKeyedLock(): TKeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return async (key, run) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(run);
    const tail = current.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await current;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
