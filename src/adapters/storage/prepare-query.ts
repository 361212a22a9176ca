import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { TDatabase } from './database-schema.js';

/** Stands for the i-th argument while the query is compiled: no real value looks like it. */
const placeholder = (index: number) => `\u0000candor-argument-${index}\u0000`;

/**
 * A query built and compiled once per database (and its transactions), then run with new arguments: for the queries on
 * every request, where building and compiling with Kysely costs more than SQLite takes to run
 * them. `build` receives placeholders for the (string) arguments and must pass them to Kysely as
 * values (`where(column, '=', argument)`), never into SQL text; each must appear at least once.
 */
export function prepareQuery<TArguments extends string[], TRow>(
  build: (db: Kysely<TDatabase>, ...args: TArguments) => Compilable<TRow>,
): (db: Kysely<TDatabase>, ...args: TArguments) => Promise<TRow[]> {
  // By the dialect's adapter, which a database's transactions share: the SQL is the same in them.
  const compiledByDatabase = new WeakMap<object, { sql: string; parameters: readonly unknown[] }>();
  return async (db, ...args) => {
    const key = db.getExecutor().adapter;
    let compiled = compiledByDatabase.get(key);
    if (compiled === undefined) {
      const placeholders = args.map((_, index) => placeholder(index)) as TArguments;
      compiled = build(db, ...placeholders).compile();
      const missing = placeholders.filter((value) => !compiled?.parameters.includes(value));
      if (missing.length > 0)
        throw new Error(`prepareQuery: ${missing.length} argument(s) not used as values`);
      compiledByDatabase.set(key, compiled);
    }
    const byPlaceholder = new Map(args.map((value, index) => [placeholder(index), value]));
    const parameters = compiled.parameters.map((value) =>
      typeof value === 'string' ? (byPlaceholder.get(value) ?? value) : value,
    );
    const { rows } = await db.executeQuery<TRow>(CompiledQuery.raw(compiled.sql, parameters));
    return rows;
  };
}
