/**
 * Run as a child process by the storage tests: opens the database at argv[2], creates a session,
 * answers its first question, saves the state, prints the session id, and kills itself with
 * SIGKILL — no clean shutdown, no checkpoint. What was committed must still be there.
 */
import { createInterview } from '../../../core/interview/create-interview.js';
import { nextStep } from '../../../core/interview/next-step.js';
import { recordAnswer } from '../../../core/interview/record-answer.js';
import { SEED_JOB, SEED_RESUME } from '../../../core/plan/__fixtures__/seed-case.js';
import { planInterview } from '../../../core/plan/plan-interview.js';
import { createDatabase } from '../create-database.js';
import { createKyselySessionStore } from '../kysely-session-store.js';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: save-then-die <database path>');
const database = await createDatabase({ url: `sqlite:${path}` });
const store = createKyselySessionStore({ db: database.db });
const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
let state = createInterview({ plan, now: '2025-03-01T09:00:00.000Z' });
const session = await store.create({ plan, state, job: SEED_JOB, resume: SEED_RESUME });
const step = nextStep(state, { now: '2025-03-01T09:00:00.000Z' });
if (step.kind !== 'ask') throw new Error('expected a question');
state = recordAnswer(step.state, { answer: 'I shipped it and cut latency by 40%.', answeredAt: '2025-03-01T09:01:00.000Z' });
await store.saveState(session.id, state);
process.stdout.write(`${session.id}\n`, () => process.kill(process.pid, 'SIGKILL'));
