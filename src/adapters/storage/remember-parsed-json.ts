export type TParsedJsonMemory = {
  /**
   * The value `text` parses to under `key`: remembered when `text` is the text last parsed or
   * saved under `key`, else `parse(text)` (then remembered).
   */
  read<T>(key: string, text: string, parse: (text: string) => T): T;
  /** `value` is what `text` parses to: the next read of the same text under `key` returns it. */
  remember(key: string, text: string, value: unknown): void;
};

/**
 * A memory of parsed and validated JSON columns, by key (a row and column), for the `limit` keys
 * used most recently. A value is returned only for the very text it was parsed from, so another
 * process's write, a rolled-back save or an edit made by hand is always parsed afresh: the memory
 * saves parsing, never changes what is read. Values are shared between readers, which must treat
 * them as immutable (core's functions return new objects).
 */
export function rememberParsedJson(limit: number): TParsedJsonMemory {
  const entries = new Map<string, { text: string; value: unknown }>();
  const keep = (key: string, text: string, value: unknown) => {
    entries.delete(key);
    if (entries.size >= limit) {
      // Most recently used last: the first key is the one to drop.
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.set(key, { text, value });
  };
  return {
    read<T>(key: string, text: string, parse: (text: string) => T): T {
      const entry = entries.get(key);
      if (entry !== undefined && entry.text === text) {
        keep(key, text, entry.value);
        return entry.value as T;
      }
      const value = parse(text);
      keep(key, text, value);
      return value;
    },
    remember: keep,
  };
}
