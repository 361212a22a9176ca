/**
 * Without a PostgreSQL server: the migrations and every store query compile for PostgreSQL,
 * through Kysely's own Postgres compiler and a driver that runs nothing, and use only portable
 * column types. (web-storage.test.ts runs against a real server when CANDOR_TEST_POSTGRES_URL is set.)
 */
import {
  DummyDriver,
  Kysely,
  type LogEvent,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { TDatabase } from './database-schema.js';
import { createKyselySessionStore } from './kysely-session-store.js';
import { migrateToLatest } from './migrations.js';

function postgresWithoutServer(): { db: Kysely<TDatabase>; queries: string[] } {
  const queries: string[] = [];
  const db = new Kysely<TDatabase>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (database) => new PostgresIntrospector(database),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event: LogEvent) => {
      if (event.level === 'query') queries.push(event.query.sql);
    },
  });
  return { db, queries };
}

describe('the storage SQL on PostgreSQL', () => {
  it('compiles the migrations with portable types only', async () => {
    const { db, queries } = postgresWithoutServer();
    await migrateToLatest(db as Kysely<unknown>);
    const createTable = queries.find((query) => query.startsWith('create table "interview_sessions"'));
    expect(createTable).toBeDefined();
    const types = [...(createTable ?? '').matchAll(/"\w+" (\w+)/g)].map((match) => match[1]);
    expect(new Set(types)).toEqual(new Set(['text']));
    expect(
      queries.some((query) => query.startsWith('create index "interview_sessions_status_created_at"')),
    ).toBe(true);
  });

  it('compiles the store queries with Postgres placeholders', async () => {
    const { db, queries } = postgresWithoutServer();
    const store = createKyselySessionStore({ db });
    expect(await store.list({ status: 'completed', limit: 5 })).toEqual([]);
    await expect(store.get('missing')).rejects.toMatchObject({ code: 'not_found' });
    expect(queries).toContain(
      'select "id", "status", "job_title", "candidate_name", "created_at", "updated_at" from "interview_sessions" where "status" = $1 order by "created_at" desc, "id" desc limit $2',
    );
    expect(queries).toContain(
      'select "interview_sessions"."id", "interview_sessions"."status", "interview_sessions"."state_json", "interview_sessions"."report_json", "interview_sessions"."report_path", "interview_sessions"."created_at", "interview_sessions"."updated_at", "interview_sessions"."version", "interview_session_inputs"."plan_json", "interview_session_inputs"."job_json", "interview_session_inputs"."resume_json" from "interview_sessions" inner join "interview_session_inputs" on "interview_session_inputs"."session_id" = "interview_sessions"."id" where "interview_sessions"."id" = $1',
    );
  });
});
