/**
 * Two Candor servers, each in its own process, on one database (a SQLite file, or PostgreSQL when
 * CANDOR_TEST_POSTGRES_URL is set), racing the same candidate's requests over loopback HTTP:
 * different answers and identical answers sent to both at once, and both asking for the next
 * question at once. Nothing acknowledged may be lost and nothing stored twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  openTestDatabase,
  TEST_DATABASE_KINDS,
  type TTestDatabase,
} from '../adapters/storage/__fixtures__/test-databases.js';
import { createKyselySessionStore } from '../adapters/storage/kysely-session-store.js';
import { spawnServer, type TChildServer } from './__fixtures__/spawn-server.js';
import {
  EXAMPLE_JOB,
  EXAMPLE_RESUME_MD,
  filesForm,
  STRONG_ANSWER,
  signUpRecruiter,
  TestClient,
} from './__fixtures__/test-app.js';

const CANDIDATES = 3;

describe.each(TEST_DATABASE_KINDS)('two servers on one %s database', (kind) => {
  let database: TTestDatabase | undefined;
  let servers: TChildServer[] = [];

  afterEach(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    servers = [];
    await database?.dispose();
    database = undefined;
  });

  it('race different and identical answers: none lost, none duplicated, conflicts 409, duplicates 200', async () => {
    database = await openTestDatabase(kind);
    const url = database.url;
    servers = await Promise.all([spawnServer(url), spawnServer(url)]);
    const [first, second] = servers as [TChildServer, TChildServer];

    const recruiter = await signUpRecruiter(first.app, {
      email: 'ada@example.com',
      organisationName: 'Lumen Ledger',
    });
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const upload = await recruiter.expect(201, 'POST', `/api/jobs/${job.id}/candidates`, {
      form: filesForm(
        'files',
        Array.from({ length: CANDIDATES }, (_, index) => ({
          name: `resume-${index}.md`,
          bytes: EXAMPLE_RESUME_MD,
        })),
      ),
    });
    const candidateIds: string[] = upload.created.map((created: { id: string }) => created.id);
    expect(candidateIds).toHaveLength(CANDIDATES);

    /** What each server acknowledged with 200, per candidate and turn. */
    const acknowledged = new Map<string, Map<string, string>>();
    const tally = { different: 0, identical: 0, conflicts: 0, duplicates: 0 };
    let round = 0;
    for (const candidateId of candidateIds) {
      const { token } = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
        json: {},
      });
      const [one, two] = [new TestClient(first.app), new TestClient(second.app)];
      await one.expect(200, 'POST', `/api/interview/${token}/consent`);
      const answers = new Map<string, string>();
      acknowledged.set(candidateId, answers);
      for (let turns = 0; turns < 60; turns++) {
        // Both servers asked for the next question at once: the same question, stored once.
        const asked = await Promise.all(
          [one, two].map((client) =>
            client.expect(200, 'POST', `/api/interview/${token}/next`, {
              headers: { accept: 'application/json' },
            }),
          ),
        );
        expect(asked[1]).toEqual(asked[0]);
        if (asked[0].done === true) break;
        const turnId: string = asked[0].turnId;
        round++;
        const isIdentical = round % 2 === 0;
        const texts = isIdentical
          ? [STRONG_ANSWER, STRONG_ANSWER]
          : [`${STRONG_ANSWER} (sent to the first server)`, `${STRONG_ANSWER} (sent to the second server)`];
        const responses = await Promise.all(
          [one, two].map((client, index) =>
            client.request('POST', `/api/interview/${token}/answer`, {
              json: {
                turnId,
                answer: texts[index],
                events: [{ kind: 'focus', at: '2026-03-02T09:00:00.000Z' }],
              },
            }),
          ),
        );
        const statuses = responses.map((response) => response.status);
        const bodies = await Promise.all(responses.map((response) => response.json()));
        if (isIdentical) {
          tally.identical++;
          expect(statuses).toEqual([200, 200]);
          tally.duplicates++;
          answers.set(turnId, STRONG_ANSWER);
        } else {
          tally.different++;
          expect([...statuses].sort()).toEqual([200, 409]);
          const loser = statuses.indexOf(409);
          expect(bodies[loser]).toMatchObject({ code: 'conflict' });
          expect(responses[loser]?.headers.get('content-type')).toContain('application/problem+json');
          tally.conflicts++;
          answers.set(turnId, texts[statuses.indexOf(200)] as string);
        }
      }
    }
    expect(tally.different).toBeGreaterThanOrEqual(10);
    expect(tally.identical).toBeGreaterThanOrEqual(10);

    // What is stored is exactly what was acknowledged: every answer, once, on its own turn.
    const store = createKyselySessionStore({ db: database.db });
    for (const candidateId of candidateIds) {
      const row = await database.db
        .selectFrom('candidates')
        .select(['interview_session_id', 'status'])
        .where('id', '=', candidateId)
        .executeTakeFirstOrThrow();
      const session = await store.get(row.interview_session_id as string);
      const stored = new Map(session.state.turns.map((turn) => [turn.id, turn.answer]));
      expect(stored).toEqual(acknowledged.get(candidateId));
      expect(session.status).toBe('completed');
      expect(row.status).toBe('completed');
      const jobs = await database.db
        .selectFrom('evaluation_jobs')
        .select('id')
        .where('candidate_id', '=', candidateId)
        .execute();
      expect(jobs).toHaveLength(1);
      // The room's events were stored with the answer that was kept, once per turn.
      const events = await database.db
        .selectFrom('interview_events')
        .select('turn_id')
        .where('session_id', '=', session.id)
        .execute();
      expect(events.map((event) => event.turn_id).sort()).toEqual([...stored.keys()].sort());
    }
  }, 300_000);
});
