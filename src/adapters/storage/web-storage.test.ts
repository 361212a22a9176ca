/**
 * The web's storage on every test database: SQLite always, PostgreSQL too when
 * CANDOR_TEST_POSTGRES_URL is set. The same tests, the same SQL, both dialects.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInterview } from '../../core/interview/create-interview.js';
import { nextStep } from '../../core/interview/next-step.js';
import { recordAnswer } from '../../core/interview/record-answer.js';
import { SEED_JOB, SEED_RESUME } from '../../core/plan/__fixtures__/seed-case.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import { openTestDatabase, TEST_DATABASE_KINDS, type TTestDatabase } from './__fixtures__/test-databases.js';
import { claimQueueItem } from './claim-queue-item.js';
import { createDatabase, type TCandorDatabase } from './create-database.js';
import { enqueueEvaluationJob } from './enqueue-evaluation-job.js';
import { failAbandonedEvaluationJobs } from './fail-abandoned-evaluation-jobs.js';
import { createKyselySessionStore } from './kysely-session-store.js';
import { MIGRATIONS, migrateToLatest } from './migrations.js';
import { readOrCreateSetting } from './read-or-create-setting.js';
import { settleEvaluationJob } from './settle-evaluation-job.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** An organisation with one candidate per id, for the queue's foreign keys. */
async function seedCandidates(database: TCandorDatabase, count: number): Promise<string[]> {
  const now = T0.toISOString();
  await database.db.insertInto('organisations').values({ id: 'org', name: 'Org', created_at: now }).execute();
  await database.db
    .insertInto('jobs')
    .values({
      id: 'job',
      organisation_id: 'org',
      title: 'Job',
      job_json: '{}',
      plan_json: '{}',
      plan_edited: 0,
      file_name: null,
      created_by: 'nobody',
      created_at: now,
      updated_at: now,
    })
    .execute();
  const ids = Array.from({ length: count }, (_, index) => `c${String(index).padStart(3, '0')}`);
  for (const id of ids) {
    await database.db
      .insertInto('candidates')
      .values({
        id,
        organisation_id: 'org',
        job_id: 'job',
        name: null,
        file_name: `${id}.md`,
        resume_json: '{}',
        status: 'completed',
        interview_session_id: null,
        recommendation: null,
        red_flag_count: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  return ids;
}

async function enqueue(
  database: TCandorDatabase,
  candidateIds: readonly string[],
  now = T0,
  maxAttempts = 3,
) {
  for (const id of candidateIds) {
    await enqueueEvaluationJob(database.db, {
      id: `job-${id}`,
      organisationId: 'org',
      candidateId: id,
      sessionId: `session-${id}`,
      now: now.toISOString(),
      maxAttempts,
    });
  }
}

describe.each(TEST_DATABASE_KINDS)('web storage on %s', (kind) => {
  let database: TTestDatabase;
  const others: TCandorDatabase[] = [];
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(async () => {
    for (const other of others.splice(0)) await other.close();
    await database.dispose();
  });

  /** A second connection to the same database, as another server process would have. */
  async function secondConnection(): Promise<TCandorDatabase> {
    const other = await createDatabase({ url: database.url });
    others.push(other);
    return other;
  }

  it('migrates every table once, however often it starts', async () => {
    expect(await migrateToLatest(database.db as never)).toEqual([]);
    const again = await secondConnection();
    expect(await migrateToLatest(again.db as never)).toEqual([]);
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
      database.db,
    );
    expect(rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS).sort());
    for (const table of [
      'users',
      'jobs',
      'candidates',
      'interview_links',
      'decisions',
      'evaluation_jobs',
      'settings',
    ]) {
      await sql`SELECT count(*) FROM ${sql.table(table)}`.execute(database.db);
    }
  });

  it('keeps the interview session store working: state saved after every turn reads back', async () => {
    const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
    const store = createKyselySessionStore({ db: database.db });
    let state = createInterview({ plan, now: T0.toISOString() });
    const session = await store.create({ plan, state, job: SEED_JOB, resume: SEED_RESUME });
    const step = nextStep(state, { now: T0.toISOString() });
    if (step.kind !== 'ask') throw new Error('expected a question');
    state = recordAnswer(step.state, {
      answer: 'I cut latency by 40% with Go.',
      answeredAt: at(60).toISOString(),
    });
    await store.saveState(session.id, state);
    const reader = createKyselySessionStore({ db: (await secondConnection()).db });
    expect((await reader.get(session.id)).state).toEqual(state);
    expect((await reader.list()).map((summary) => summary.id)).toEqual([session.id]);
  });

  it('creates a setting once, even when two servers start together', async () => {
    const other = await secondConnection();
    let created = 0;
    const make = (value: string) => () => {
      created++;
      return value;
    };
    const [first, second] = await Promise.all([
      readOrCreateSetting(database.db, 'secret', make('from-first')),
      readOrCreateSetting(other.db, 'secret', make('from-second')),
    ]);
    expect(first).toBe(second);
    expect(['from-first', 'from-second']).toContain(first);
    expect(await readOrCreateSetting(database.db, 'secret', make('later'))).toBe(first);
    expect(created).toBeLessThanOrEqual(2);
  });

  it('gives each queued job to exactly one of several racing workers', async () => {
    const ids = await seedCandidates(database, 24);
    await enqueue(database, ids);
    const connections = [database, await secondConnection(), await secondConnection()];
    const claimedBy = new Map<string, string[]>();
    await Promise.all(
      connections.map(async (connection, index) => {
        const mine: string[] = [];
        claimedBy.set(`worker-${index}`, mine);
        for (;;) {
          const job = await claimQueueItem(connection.db, 'evaluation_jobs', {
            workerId: `worker-${index}`,
            now: at(1),
          });
          if (job === undefined) break;
          expect(job.locked_by).toBe(`worker-${index}`);
          mine.push(job.candidate_id);
        }
      }),
    );
    const all = [...claimedBy.values()].flat();
    expect(all.sort()).toEqual(ids);
    expect(new Set(all).size).toBe(ids.length);
    const rows = await database.db.selectFrom('evaluation_jobs').select(['status', 'attempts']).execute();
    expect(rows.every((row) => row.status === 'running' && row.attempts === 1)).toBe(true);
  });

  it('claims the oldest due job first and waits for run_after', async () => {
    const [early, late] = await seedCandidates(database, 2);
    await enqueue(database, [late as string], at(10));
    await enqueue(database, [early as string], at(5));
    expect(
      await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'w', now: at(4) }),
    ).toBeUndefined();
    expect(
      (await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'w', now: at(10) }))?.candidate_id,
    ).toBe(early);
    expect(
      (await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'w', now: at(10) }))?.candidate_id,
    ).toBe(late);
    expect(
      await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'w', now: at(10) }),
    ).toBeUndefined();
  });

  it('retries a failed job after a pause, fails it for good after its attempts, and lets only the claimant settle', async () => {
    const [id] = await seedCandidates(database, 1);
    await enqueue(database, [id as string], T0, 2);
    const first = await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'a', now: at(0) });
    if (first === undefined) throw new Error('expected a job');
    expect(
      await settleEvaluationJob(
        database.db,
        { ...first, locked_by: 'impostor' },
        { outcome: 'done', now: at(1) },
      ),
    ).toBeUndefined();
    expect(
      await settleEvaluationJob(database.db, first, { outcome: 'failed', now: at(1), error: 'boom' }),
    ).toBe('queued');
    expect(
      await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'a', now: at(2) }),
    ).toBeUndefined();
    const second = await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'b', now: at(31) });
    expect(second).toMatchObject({ attempts: 2, last_error: 'boom' });
    if (second === undefined) throw new Error('expected a job');
    expect(
      await settleEvaluationJob(database.db, second, { outcome: 'failed', now: at(32), error: 'again' }),
    ).toBe('failed');
    expect(
      await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'c', now: at(10_000) }),
    ).toBeUndefined();
  });

  it('takes back a job whose worker died, and fails it when that was its last attempt', async () => {
    const [retried, exhausted] = await seedCandidates(database, 2);
    await enqueue(database, [retried as string], T0, 3);
    await enqueue(database, [exhausted as string], at(1), 1);
    expect(
      (await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'dead', now: at(2), lockMs: 1000 }))
        ?.candidate_id,
    ).toBe(retried);
    expect(
      (await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'dead', now: at(2), lockMs: 1000 }))
        ?.candidate_id,
    ).toBe(exhausted);
    expect(
      await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'alive', now: at(2.5) }),
    ).toBeUndefined();
    expect(await failAbandonedEvaluationJobs(database.db, at(2.5))).toEqual([]);

    const taken = await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'alive', now: at(4) });
    expect(taken).toMatchObject({ candidate_id: retried, attempts: 2, locked_by: 'alive' });
    expect(
      await claimQueueItem(database.db, 'evaluation_jobs', { workerId: 'alive', now: at(4) }),
    ).toBeUndefined();
    expect(await failAbandonedEvaluationJobs(database.db, at(4))).toEqual([exhausted]);
    expect(await failAbandonedEvaluationJobs(database.db, at(5))).toEqual([]);
    const statuses = await database.db
      .selectFrom('evaluation_jobs')
      .select(['candidate_id', 'status'])
      .orderBy('candidate_id')
      .execute();
    expect(statuses).toEqual([
      { candidate_id: retried, status: 'running' },
      { candidate_id: exhausted, status: 'failed' },
    ]);
  });
});
