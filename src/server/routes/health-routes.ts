import type { OpenAPIHono } from '@hono/zod-openapi';
import { type Kysely, sql } from 'kysely';
import type { TDatabase } from '../../adapters/storage/database-schema.js';
import { findPendingMigrations } from '../../adapters/storage/find-pending-migrations.js';
import type { TServerEnv } from '../server-env.js';

export type THealthRoutesOptions = {
  db: Kysely<TDatabase>;
  /** Why the evaluation worker cannot be counted on, or undefined when it is alive. */
  workerProblem: () => string | undefined;
};

type TCheck = 'ok' | string;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Probes for a process manager or load balancer, outside /api (no session, no rate limit):
 * GET /healthz — the process answers (touches nothing else); GET /readyz — it can do its work:
 * the database answers, every migration has run, the evaluation worker is alive. 503 with the
 * reason otherwise.
 */
export function registerHealthRoutes(app: OpenAPIHono<TServerEnv>, options: THealthRoutesOptions): void {
  let isMigrated = false;

  app.get('/healthz', (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ status: 'ok' });
  });

  app.get('/readyz', async (c) => {
    c.header('cache-control', 'no-store');
    const checks: { database: TCheck; migrations: TCheck; worker: TCheck } = {
      database: 'ok',
      migrations: 'ok',
      worker: 'ok',
    };
    try {
      await sql`select 1`.execute(options.db);
    } catch (error) {
      checks.database = `the database does not answer: ${describe(error)}`;
    }
    if (checks.database !== 'ok') checks.migrations = 'not checked';
    else if (!isMigrated) {
      try {
        const pending = await findPendingMigrations(options.db as Kysely<unknown>);
        if (pending.length > 0) checks.migrations = `migrations not applied: ${pending.join(', ')}`;
        // Applied migrations stay applied: checked until they are, then no more.
        else isMigrated = true;
      } catch (error) {
        checks.migrations = `the migrations cannot be read: ${describe(error)}`;
      }
    }
    checks.worker = options.workerProblem() ?? 'ok';
    const reason = Object.values(checks).find((check) => check !== 'ok' && check !== 'not checked');
    if (reason === undefined) return c.json({ status: 'ready', checks });
    return c.json({ status: 'unavailable', reason, checks }, 503);
  });
}
