import type { Kysely } from 'kysely';
import type { TRepositories } from '../../app/ports/repositories.js';
import { createKyselyCandidateRepository } from './create-kysely-candidate-repository.js';
import { createKyselyDecisionRepository } from './create-kysely-decision-repository.js';
import { createKyselyEvaluationQueue } from './create-kysely-evaluation-queue.js';
import { createKyselyInterviewRepository } from './create-kysely-interview-repository.js';
import { createKyselyJobRepository } from './create-kysely-job-repository.js';
import { createKyselyTeamRepository } from './create-kysely-team-repository.js';
import { createKyselyWebhookOutbox } from './create-kysely-webhook-outbox.js';
import type { TDatabase } from './database-schema.js';
import { flushDeletedData } from './flush-deleted-data.js';
import { createKyselySessionStore } from './kysely-session-store.js';

export type TKyselyRepositoriesOptions = {
  /** The clock for the sessions' created_at/updated_at (ISO 8601; default the system's). */
  now?: () => string;
};

/**
 * Every repository on one Kysely database (SQLite or PostgreSQL: where the dialects differ, the
 * difference stays inside the repository). Given a transaction, the repositories run in it and
 * `transaction` joins it.
 */
export function createKyselyRepositories(
  db: Kysely<TDatabase>,
  options: TKyselyRepositoriesOptions = {},
): TRepositories {
  const repositories: TRepositories = {
    jobs: createKyselyJobRepository(db),
    candidates: createKyselyCandidateRepository(db),
    decisions: createKyselyDecisionRepository(db),
    team: createKyselyTeamRepository(db),
    evaluations: createKyselyEvaluationQueue(db),
    webhooks: createKyselyWebhookOutbox(db),
    sessions: createKyselySessionStore({ db, ...(options.now === undefined ? {} : { now: options.now }) }),
    interviews: createKyselyInterviewRepository(db),
    audit: {
      async record(row) {
        await db.insertInto('audit_events').values(row).execute();
      },
    },
    settings: {
      async find(key) {
        const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
        return row?.value;
      },
      async delete(key) {
        await db.deleteFrom('settings').where('key', '=', key).execute();
      },
    },
    transaction(run) {
      if (db.isTransaction) return run(repositories);
      return db.transaction().execute((transaction) => run(createKyselyRepositories(transaction, options)));
    },
    flushDeleted: () => flushDeletedData(db),
  };
  return repositories;
}
