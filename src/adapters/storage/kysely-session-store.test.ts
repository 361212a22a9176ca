import { afterEach, describe, expect, it } from 'vitest';
import type { TEvaluation } from '../../core/evaluation.js';
import { createInterview } from '../../core/interview/create-interview.js';
import type { TInterviewState } from '../../core/interview/interview-state.js';
import { nextStep } from '../../core/interview/next-step.js';
import { plannedProgress } from '../../core/interview/planned-progress.js';
import { recordAnswer } from '../../core/interview/record-answer.js';
import { undoSkip } from '../../core/interview/undo-skip.js';
import { SEED_JOB, SEED_RESUME } from '../../core/plan/__fixtures__/seed-case.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import { openTestDatabase, TEST_DATABASE_KINDS, type TTestDatabase } from './__fixtures__/test-databases.js';
import { createDatabase } from './create-database.js';
import { createKyselySessionStore } from './kysely-session-store.js';

const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
const START = Date.parse('2025-03-01T09:00:00.000Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

function ask(state: TInterviewState, minute: number): TInterviewState {
  const step = nextStep(state, { now: at(minute) });
  if (step.kind !== 'ask') throw new Error('expected a question');
  return step.state;
}

const answer = (state: TInterviewState, text: string, minute: number) =>
  recordAnswer(state, { answer: text, answeredAt: at(minute + 0.5) });

const STRONG =
  'I deployed a PyTorch model on SageMaker and cut latency by 40% for 2 million users; I owned the rollout.';

const opened: TTestDatabase[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.dispose();
});

async function open(kind: (typeof TEST_DATABASE_KINDS)[number]) {
  const database = await openTestDatabase(kind);
  opened.push(database);
  return database;
}

async function storedRow(database: TTestDatabase, id: string) {
  return database.db
    .selectFrom('interview_sessions')
    .innerJoin('interview_session_inputs', 'interview_session_inputs.session_id', 'interview_sessions.id')
    .select(['state_json', 'plan_json', 'answered_count', 'planned_count', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe.each(TEST_DATABASE_KINDS)('the session store on %s', (kind) => {
  it('stores the state without the plan it shares with the session, and reads it back whole', async () => {
    const database = await open(kind);
    const store = createKyselySessionStore({ db: database.db });
    const session = await store.create({
      plan,
      state: createInterview({ plan, now: at(0) }),
      job: SEED_JOB,
      resume: SEED_RESUME,
    });
    const state = answer(ask(session.state, 0), STRONG, 0);
    await store.saveState(session.id, state, { expectedVersion: session.version });

    const row = await storedRow(database, session.id);
    expect(JSON.parse(row.state_json)).not.toHaveProperty('plan');
    expect(JSON.parse(row.state_json).turns).toHaveLength(1);
    expect(row.state_json.length).toBeLessThan(row.plan_json.length);
    // Another process (its own connection, nothing remembered) reads the whole state.
    const other = await createDatabase({ url: database.url });
    try {
      const read = await createKyselySessionStore({ db: other.db }).get(session.id);
      expect(read.state).toEqual(state);
      expect(read.state.plan).toEqual(plan);
    } finally {
      await other.close();
    }
  });

  it('reads and saves a state stored with its plan, as rows from before were', async () => {
    const database = await open(kind);
    const store = createKyselySessionStore({ db: database.db });
    const session = await store.create({
      plan,
      state: createInterview({ plan, now: at(0) }),
      job: SEED_JOB,
      resume: SEED_RESUME,
    });
    const asked = ask(session.state, 0);
    await database.db
      .updateTable('interview_sessions')
      .set({ state_json: JSON.stringify(asked) })
      .where('id', '=', session.id)
      .execute();
    const read = await store.get(session.id);
    expect(read.state).toEqual(asked);
    const answered = answer(read.state, STRONG, 0);
    await store.saveState(session.id, answered, { expectedVersion: read.version });
    expect((await store.get(session.id)).state).toEqual(answered);
  });

  it('reads what another writer stored, never a remembered parse: a change by hand, a rolled-back save', async () => {
    const database = await open(kind);
    const store = createKyselySessionStore({ db: database.db });
    const session = await store.create({
      plan,
      state: createInterview({ plan, now: at(0) }),
      job: SEED_JOB,
      resume: SEED_RESUME,
    });
    const asked = ask(session.state, 0);
    const version = await store.saveState(session.id, asked);
    expect((await store.get(session.id)).state).toEqual(asked);

    // A save inside a transaction that rolls back leaves the stored state as it was.
    const lost = answer(asked, 'An answer that was never committed.', 0);
    await expect(
      database.db.transaction().execute(async (transaction) => {
        await createKyselySessionStore({ db: transaction }).saveState(session.id, lost, {
          expectedVersion: version,
        });
        throw new Error('the request failed after saving');
      }),
    ).rejects.toThrow('the request failed after saving');
    const afterRollback = await store.get(session.id);
    expect(afterRollback.state).toEqual(asked);
    expect(afterRollback.version).toBe(version);

    // Another server (here: a plain UPDATE) stores a different state: that is what is read.
    const elsewhere = answer(asked, 'Answered on another server.', 1);
    const { plan: _plan, ...planless } = elsewhere;
    await database.db
      .updateTable('interview_sessions')
      .set({ state_json: JSON.stringify(planless), version: version + 1 })
      .where('id', '=', session.id)
      .execute();
    const read = await store.get(session.id);
    expect(read.state.turns[0]?.answer).toBe('Answered on another server.');
    expect(read.state).toEqual(elsewhere);
  });

  it('reads each database its own session, however alike their ids', async () => {
    const first = await open(kind);
    const second = await open(kind);
    const sessions = await Promise.all(
      [first, second].map((database, index) =>
        createKyselySessionStore({ db: database.db, ids: { sessionId: () => 'same-id' } }).create({
          plan,
          state: createInterview({ plan, now: at(0) }),
          job: SEED_JOB,
          resume: { ...SEED_RESUME, contact: { ...SEED_RESUME.contact, name: `Candidate ${index + 1}` } },
        }),
      ),
    );
    expect(sessions.map((session) => session.id)).toEqual(['same-id', 'same-id']);
    for (const [index, database] of [first, second].entries()) {
      const read = await createKyselySessionStore({ db: database.db }).get('same-id');
      expect(read.resume.contact.name).toBe(`Candidate ${index + 1}`);
      // Inside a transaction of that database too.
      await database.db.transaction().execute(async (transaction) => {
        const inside = await createKyselySessionStore({ db: transaction }).get('same-id');
        expect(inside.resume.contact.name).toBe(`Candidate ${index + 1}`);
      });
    }
    // A session deleted (an erasure) is not found, whatever was read of it before.
    await first.db.deleteFrom('interview_sessions').where('id', '=', 'same-id').execute();
    await expect(createKyselySessionStore({ db: first.db }).get('same-id')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('stores the must-haves met beside the report, for the lists', async () => {
    const database = await open(kind);
    const store = createKyselySessionStore({ db: database.db });
    const session = await store.create({
      plan,
      state: createInterview({ plan, now: at(0) }),
      job: SEED_JOB,
      resume: SEED_RESUME,
    });
    const assessment = (id: string, priority: 'must' | 'nice', status: 'met' | 'partial' | 'gap') => ({
      requirementId: id,
      requirement: `Requirement ${id}`,
      priority,
      status,
      resumeEvidence: [],
      interviewEvidence: [],
      note: 'Note.',
    });
    const report: TEvaluation = {
      schemaVersion: 1,
      candidate: { name: 'Alex Morgan' },
      job: { title: plan.jobTitle },
      engine: { kind: 'offline', model: 'offline' },
      summary: 'Summary.',
      alignment: { overview: 'Overview.', strengths: [], gaps: [] },
      requirements: [
        assessment('R1', 'must', 'met'),
        assessment('R2', 'must', 'partial'),
        assessment('R3', 'must', 'met'),
        assessment('R4', 'nice', 'met'),
        assessment('R5', 'must', 'gap'),
      ],
      technicalSkills: { summary: 'Skills.', evidence: [] },
      communication: { summary: 'Communication.', evidence: [] },
      redFlags: [],
      answers: [],
      recommendation: 'Recommend',
      justification: 'Justification.',
      policy: { ceiling: 'Strongly Recommend', reasons: [] },
      notes: [],
    };
    const counts = () =>
      database.db
        .selectFrom('interview_sessions')
        .select(['must_haves_met', 'must_haves_total'])
        .where('id', '=', session.id)
        .executeTakeFirstOrThrow();
    expect(await counts()).toEqual({ must_haves_met: null, must_haves_total: null });
    await store.saveReport(session.id, { report });
    expect(await counts()).toEqual({ must_haves_met: 2, must_haves_total: 4 });
    // A new path alone leaves the counts as they are.
    await store.saveReport(session.id, { reportPath: 'reports/one.md' });
    expect(await counts()).toEqual({ must_haves_met: 2, must_haves_total: 4 });
  });

  it('keeps the stored counts in step with the answers: answers, a skip, its undo, a lost race', async () => {
    const database = await open(kind);
    const store = createKyselySessionStore({ db: database.db });
    const session = await store.create({
      plan,
      state: createInterview({ plan, now: at(0) }),
      job: SEED_JOB,
      resume: SEED_RESUME,
    });
    const expectCounts = async (state: TInterviewState) => {
      const row = await storedRow(database, session.id);
      expect({ answered: Number(row.answered_count), planned: Number(row.planned_count) }).toEqual(
        plannedProgress(state),
      );
      return Number(row.version);
    };
    let state = session.state;
    let version = await expectCounts(state);
    const save = async (next: TInterviewState) => {
      version = await store.saveState(session.id, next, { expectedVersion: version });
      state = next;
      await expectCounts(state);
    };

    await save(ask(state, 0));
    await save(answer(state, STRONG, 0));
    expect(plannedProgress(state).answered).toBe(1);
    await save(ask(state, 1));
    await save(answer(state, 'skip', 1));
    const skippedTurn = state.turns.at(-1)?.id ?? '';
    const afterSkip = plannedProgress(state).answered;
    await save(ask(state, 2));
    await save(undoSkip(state, skippedTurn));
    expect(plannedProgress(state).answered).toBe(afterSkip - 1);

    // A save that lost the race (a stale version) changes neither the state nor the counts.
    await expect(
      store.saveState(session.id, answer(state, STRONG, 3), { expectedVersion: version - 1 }),
    ).rejects.toMatchObject({ code: 'conflict', location: 'version' });
    await expectCounts(state);
    // The retry on the fresh version goes through.
    await save(answer(state, STRONG, 3));
    expect(plannedProgress(state).answered).toBe(afterSkip);
  });
});
