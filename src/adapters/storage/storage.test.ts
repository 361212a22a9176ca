import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CandorError } from '../../core/candor-error.js';
import type { TEvaluation } from '../../core/evaluation.js';
import { createInterview } from '../../core/interview/create-interview.js';
import type { TInterviewState } from '../../core/interview/interview-state.js';
import { nextStep } from '../../core/interview/next-step.js';
import { recordAnswer } from '../../core/interview/record-answer.js';
import { SEED_JOB, SEED_RESUME } from '../../core/plan/__fixtures__/seed-case.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import { createDatabase, resolveDatabaseUrl, type TCandorDatabase } from './create-database.js';
import { createSessionId } from './create-session-id.js';
import { createKyselySessionStore } from './kysely-session-store.js';
import { MIGRATIONS, migrateToLatest } from './migrations.js';

const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
const START = Date.parse('2025-03-01T09:00:00.000Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

let directory: string;
const open: TCandorDatabase[] = [];

async function openDatabase(path: string): Promise<TCandorDatabase> {
  const database = await createDatabase({ url: `sqlite:${path}` });
  open.push(database);
  return database;
}

/** A clock that ticks one second a call, so timestamps differ and are predictable. */
function tickingClock() {
  let tick = 0;
  return () => new Date(START + 1000 * tick++).toISOString();
}

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'candor-storage-'));
});

afterEach(async () => {
  for (const database of open.splice(0)) await database.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('createDatabase', () => {
  it('creates the file and its directory on first start, in WAL mode with normal sync', async () => {
    const path = join(directory, 'nested', 'data', 'candor.sqlite');
    const database = await openDatabase(path);
    expect(database.kind).toBe('sqlite');
    expect(database.location).toBe(path);
    expect(existsSync(path)).toBe(true);
    const { rows: journal } = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(database.db);
    expect(journal[0]?.journal_mode).toBe('wal');
    const { rows: sync } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(database.db);
    expect(sync[0]?.synchronous).toBe(1); // NORMAL
  });

  it('runs migrations once, however often it starts', async () => {
    const path = join(directory, 'candor.sqlite');
    const first = await openDatabase(path);
    expect(await migrateToLatest(first.db as Kysely<unknown>)).toEqual([]);
    await first.close();
    open.splice(open.indexOf(first), 1);
    const second = await openDatabase(path);
    expect(await migrateToLatest(second.db as Kysely<unknown>)).toEqual([]);
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
      second.db,
    );
    expect(rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS).sort());
  });

  it('applies the migrations on a fresh database and reports them', async () => {
    const database = await createDatabase({
      url: `sqlite:${join(directory, 'fresh.sqlite')}`,
      migrate: false,
    });
    open.push(database);
    expect(await migrateToLatest(database.db as Kysely<unknown>)).toEqual(Object.keys(MIGRATIONS).sort());
  });

  it('refuses unknown schemes, and reports an unreachable PostgreSQL server without its password', async () => {
    await expect(createDatabase({ url: 'mysql://localhost/candor' })).rejects.toMatchObject({
      code: 'invalid_argument',
    });
    const error = await createDatabase({ url: 'postgres://candor:hunter2@127.0.0.1:1/candor' }).catch(
      (caught: unknown) => caught,
    );
    expect(CandorError.isInstance(error) && error.code).toBe('storage_failed');
    expect(String((error as Error).message)).toContain('postgres://candor:…@127.0.0.1:1/candor');
    expect(String((error as Error).message)).not.toContain('hunter2');
  });

  it('reports a file that is not a database as a storage failure', async () => {
    const path = join(directory, 'not-a-database.sqlite');
    writeFileSync(path, 'this is not sqlite, just text'.repeat(200));
    await expect(createDatabase({ url: path })).rejects.toMatchObject({ code: 'storage_failed' });
  });
});

describe('resolveDatabaseUrl', () => {
  it('defaults to ./data/candor.sqlite', () => {
    expect(resolveDatabaseUrl(undefined, '/srv/candor')).toEqual({
      kind: 'sqlite',
      path: '/srv/candor/data/candor.sqlite',
    });
    expect(resolveDatabaseUrl('  ', '/srv/candor')).toEqual({
      kind: 'sqlite',
      path: '/srv/candor/data/candor.sqlite',
    });
  });

  it('reads sqlite: URLs, plain paths and postgres:// URLs', () => {
    expect(resolveDatabaseUrl('sqlite:db/x.sqlite', '/srv')).toEqual({
      kind: 'sqlite',
      path: '/srv/db/x.sqlite',
    });
    expect(resolveDatabaseUrl('sqlite:///var/lib/x.sqlite', '/srv')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/x.sqlite',
    });
    expect(resolveDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
    expect(resolveDatabaseUrl('/tmp/y.sqlite')).toEqual({ kind: 'sqlite', path: '/tmp/y.sqlite' });
    expect(resolveDatabaseUrl('postgresql://u:p@h/db')).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@h/db',
    });
  });

  it('rejects sqlite: with no path', () => {
    expect(() => resolveDatabaseUrl('sqlite:')).toThrow(CandorError);
  });
});

describe('createSessionId', () => {
  it('is 128 random bits in 26 lower-case base32 characters', () => {
    const id = createSessionId();
    expect(id).toMatch(/^[a-z2-7]{26}$/);
    expect(createSessionId()).not.toBe(id);
    expect(createSessionId(() => new Uint8Array(16))).toBe('a'.repeat(26));
    expect(createSessionId(() => new Uint8Array(16).fill(255))).toBe(`${'7'.repeat(25)}4`);
    // RFC 4648's test vector, lower case and unpadded.
    expect(createSessionId(() => new TextEncoder().encode('foobar'))).toBe('mzxw6ytboi');
  });
});

describe('the Kysely session store on a real SQLite file', () => {
  it('saves the state after every turn, and a new connection reads exactly that state', async () => {
    const path = join(directory, 'candor.sqlite');
    const writer = createKyselySessionStore({ db: (await openDatabase(path)).db, now: tickingClock() });
    let state: TInterviewState = createInterview({ plan, now: at(0) });
    const session = await writer.create({ plan, state, job: SEED_JOB, resume: SEED_RESUME });
    expect(session.status).toBe('in_progress');

    const answers = [
      'i dont know how',
      'I deployed a PyTorch model on SageMaker and cut latency by 40% for 2 million users.',
      'pass',
    ];
    for (const [index, answer] of answers.entries()) {
      const step = nextStep(state, { now: at(index) });
      if (step.kind !== 'ask') throw new Error('expected a question');
      state = step.state;
      await writer.saveState(session.id, state);
      state = recordAnswer(state, { answer, answeredAt: at(index + 0.5) });
      await writer.saveState(session.id, state);

      const reader = await openDatabase(path);
      const stored = await createKyselySessionStore({ db: reader.db }).get(session.id);
      expect(stored.state).toEqual(state);
      await reader.close();
      open.splice(open.indexOf(reader), 1);
    }
  });

  it('moves a session written before 0009 into its inputs row: read, saved and deleted as before', async () => {
    const path = join(directory, 'before-0009.sqlite');
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    const migrated = await new Migrator({
      db: old,
      provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    }).migrateTo('0008_stored_must_haves');
    expect(migrated.error).toBeUndefined();
    const step = nextStep(createInterview({ plan, now: at(0) }), { now: at(0) });
    if (step.kind !== 'ask') throw new Error('expected a question');
    const state = recordAnswer(step.state, { answer: 'I cut latency by 40%.', answeredAt: at(1) });
    // The row as 0001–0008 stored it: the plan, job and resume beside the state.
    await sql`INSERT INTO interview_sessions (id, status, job_title, candidate_name, plan_json, state_json,
      job_json, resume_json, report_json, report_path, created_at, updated_at, version)
      VALUES ('old-1', 'in_progress', ${plan.jobTitle}, NULL, ${JSON.stringify(plan)}, ${JSON.stringify(state)},
      ${JSON.stringify(SEED_JOB)}, ${JSON.stringify(SEED_RESUME)}, NULL, NULL, ${at(0)}, ${at(1)}, 2)`.execute(
      old,
    );
    await old.destroy();

    const database = await openDatabase(path);
    const { rows: columns } = await sql<{ name: string }>`PRAGMA table_info(interview_sessions)`.execute(
      database.db,
    );
    expect(columns.map((column) => column.name)).not.toContain('plan_json');
    const store = createKyselySessionStore({ db: database.db, now: tickingClock() });
    const session = await store.get('old-1');
    expect(session.plan).toEqual(plan);
    expect(session.job).toEqual(SEED_JOB);
    expect(session.resume).toEqual(SEED_RESUME);
    expect(session.state).toEqual(state);
    expect(session.version).toBe(2);
    const next = nextStep(session.state, { now: at(2) });
    if (next.kind !== 'ask') throw new Error('expected a question');
    expect(await store.saveState('old-1', next.state, { expectedVersion: 2 })).toBe(3);
    expect((await createKyselySessionStore({ db: database.db }).get('old-1')).state).toEqual(next.state);
    // Deleting the session (erasure, retention) deletes what it was created with.
    await database.db.deleteFrom('interview_sessions').where('id', '=', 'old-1').execute();
    expect(await database.db.selectFrom('interview_session_inputs').selectAll().execute()).toEqual([]);
  });

  it('round-trips the session: plan, job, resume, timestamps, then completion and the report', async () => {
    const path = join(directory, 'candor.sqlite');
    const store = createKyselySessionStore({
      db: (await openDatabase(path)).db,
      now: tickingClock(),
      ids: { sessionId: () => 'session-one' },
    });
    let state = createInterview({ plan, now: at(0) });
    const created = await store.create({ plan, state, job: SEED_JOB, resume: SEED_RESUME });
    expect(created).toMatchObject({
      id: 'session-one',
      report: null,
      reportPath: null,
      createdAt: at(0),
      updatedAt: at(0),
    });

    const loaded = await store.get('session-one');
    expect(loaded.plan).toEqual(plan);
    expect(loaded.job).toEqual(SEED_JOB);
    expect(loaded.resume).toEqual(SEED_RESUME);

    // Run to the end: every plan question answered strongly, then the closing question.
    const strong =
      'I deployed a PyTorch model on SageMaker and cut latency by 40% for 2 million users; I owned the rollout.';
    for (let minute = 0; ; minute++) {
      const step = nextStep(state, { now: at(minute) });
      if (step.kind === 'done') break;
      state = recordAnswer(step.state, { answer: strong, answeredAt: at(minute + 0.5) });
      await store.saveState('session-one', state);
    }
    const completed = await store.get('session-one');
    expect(completed.status).toBe('completed');
    expect(completed.updatedAt > completed.createdAt).toBe(true);

    const report: TEvaluation = {
      schemaVersion: 1,
      candidate: { name: 'Alex Morgan' },
      job: { title: plan.jobTitle },
      engine: { kind: 'offline', model: 'offline' },
      summary: 'Summary.',
      alignment: { overview: 'Overview.', strengths: [], gaps: [] },
      requirements: [],
      technicalSkills: { summary: 'Skills.', evidence: [] },
      communication: { summary: 'Communication.', evidence: [] },
      redFlags: [],
      answers: [],
      recommendation: 'Recommend',
      justification: 'Justification.',
      policy: { ceiling: 'Strongly Recommend', reasons: [] },
      notes: [],
    };
    await store.saveReport('session-one', { report, reportPath: 'reports/session-one.md' });
    const evaluated = await store.get('session-one');
    expect(evaluated).toMatchObject({ status: 'evaluated', report, reportPath: 'reports/session-one.md' });
    // Saving the state again does not undo the evaluation.
    await store.saveState('session-one', state);
    expect((await store.get('session-one')).status).toBe('evaluated');
  });

  it('lists sessions newest first, filtered by status', async () => {
    const store = createKyselySessionStore({
      db: (await openDatabase(join(directory, 'c.sqlite'))).db,
      now: tickingClock(),
    });
    const state = createInterview({ plan, now: at(0) });
    const first = await store.create({ plan, state, job: SEED_JOB, resume: SEED_RESUME });
    const second = await store.create({ plan, state, job: SEED_JOB, resume: SEED_RESUME });
    await store.saveReport(first.id, { reportPath: 'r.md' });
    const all = await store.list();
    expect(all.map((summary) => summary.id)).toEqual([second.id, first.id]);
    expect(all[0]).toEqual({
      id: second.id,
      status: 'in_progress',
      jobTitle: 'Generative AI Engineer',
      candidateName: 'Alex Morgan',
      createdAt: second.createdAt,
      updatedAt: second.updatedAt,
    });
    expect((await store.list({ status: 'evaluated' })).map((summary) => summary.id)).toEqual([first.id]);
    expect(await store.list({ limit: 1 })).toHaveLength(1);
  });

  it('uses unguessable ids by default', async () => {
    const store = createKyselySessionStore({ db: (await openDatabase(join(directory, 'd.sqlite'))).db });
    const state = createInterview({ plan, now: at(0) });
    const session = await store.create({ plan, state, job: SEED_JOB, resume: SEED_RESUME });
    expect(session.id).toMatch(/^[a-z2-7]{26}$/);
  });

  it('answers not_found for an unknown session', async () => {
    const store = createKyselySessionStore({ db: (await openDatabase(join(directory, 'e.sqlite'))).db });
    const state = createInterview({ plan, now: at(0) });
    await expect(store.get('nope')).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.saveState('nope', state)).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.saveReport('nope', { reportPath: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses to write a state that would not read back', async () => {
    const store = createKyselySessionStore({ db: (await openDatabase(join(directory, 'f.sqlite'))).db });
    const state = createInterview({ plan, now: at(0) });
    const session = await store.create({ plan, state, job: SEED_JOB, resume: SEED_RESUME });
    const broken = { ...state, turns: [{ id: 'not-a-turn' }] } as unknown as TInterviewState;
    await expect(store.saveState(session.id, broken)).rejects.toMatchObject({ code: 'invalid_argument' });
    expect((await store.get(session.id)).state).toEqual(state);
  });

  it('reports a corrupt row as storage_failed, naming the column', async () => {
    const path = join(directory, 'g.sqlite');
    const store = createKyselySessionStore({
      db: (await openDatabase(path)).db,
      ids: { sessionId: () => 's1' },
    });
    await store.create({
      plan,
      state: createInterview({ plan, now: at(0) }),
      job: SEED_JOB,
      resume: SEED_RESUME,
    });
    const raw = new Database(path);
    raw.prepare("UPDATE interview_sessions SET state_json = '{\"version\": 2}' WHERE id = 's1'").run();
    raw.close();
    const error = await store.get('s1').catch((caught: unknown) => caught);
    expect(CandorError.isInstance(error) && error.code).toBe('storage_failed');
    expect(CandorError.isInstance(error) && error.location).toBe('interview_sessions.state_json');
  });

  it('keeps a committed turn when the writing process is killed', () => {
    const path = join(directory, 'killed.sqlite');
    const child = fileURLToPath(new URL('./__fixtures__/save-then-die.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', child, path], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.signal).toBe('SIGKILL');
    const id = run.stdout.trim();
    expect(id).toMatch(/^[a-z2-7]{26}$/);
    // Read with a plain connection: the turn is in the WAL, not yet checkpointed into the file.
    const raw = new Database(path, { readonly: true });
    const row = raw.prepare('SELECT state_json FROM interview_sessions WHERE id = ?').get(id) as {
      state_json: string;
    };
    raw.close();
    const state = JSON.parse(row.state_json) as TInterviewState;
    expect(state.turns).toHaveLength(1);
    expect(state.turns[0]?.answer).toBe('I shipped it and cut latency by 40%.');
  });
});
