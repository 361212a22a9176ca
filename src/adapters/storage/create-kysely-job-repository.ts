import type { Kysely } from 'kysely';
import type { TJobRepository } from '../../app/ports/job-repository.js';
import type { TDatabase } from './database-schema.js';
import { prepareQuery } from './prepare-query.js';

const selectJobList = prepareQuery((db, organisationId: string) =>
  db
    .selectFrom('jobs')
    .leftJoin('candidates', (join) =>
      join.onRef('candidates.job_id', '=', 'jobs.id').on('candidates.organisation_id', '=', organisationId),
    )
    .select(['jobs.id', 'jobs.title', 'jobs.created_at'])
    .select((eb) => [
      eb.fn.count<string | number>('candidates.id').as('candidate_count'),
      eb.fn
        .count<string | number>(eb.case().when('candidates.status', '=', 'evaluated').then(1).end())
        .as('evaluated_count'),
    ])
    .where('jobs.organisation_id', '=', organisationId)
    .groupBy(['jobs.id', 'jobs.title', 'jobs.created_at'])
    .orderBy('jobs.created_at', 'desc')
    .orderBy('jobs.id'),
);

/** TJobRepository on Kysely (SQLite or PostgreSQL; counts come back as numbers or strings and are made numbers). */
export function createKyselyJobRepository(db: Kysely<TDatabase>): TJobRepository {
  return {
    find(organisationId, jobId) {
      return db
        .selectFrom('jobs')
        .selectAll()
        .where('id', '=', jobId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
    },
    async list(organisationId) {
      const rows = await selectJobList(db, organisationId);
      return rows.map((row) => ({
        id: row.id,
        title: row.title,
        created_at: row.created_at,
        candidateCount: Number(row.candidate_count),
        evaluatedCount: Number(row.evaluated_count),
      }));
    },
    async insert(row) {
      await db.insertInto('jobs').values(row).execute();
    },
    async update(organisationId, jobId, { updatedAt, ...changes }) {
      await db
        .updateTable('jobs')
        .set({ ...changes, updated_at: updatedAt })
        .where('id', '=', jobId)
        .where('organisation_id', '=', organisationId)
        .execute();
    },
    async delete(organisationId, jobId) {
      await db
        .deleteFrom('jobs')
        .where('id', '=', jobId)
        .where('organisation_id', '=', organisationId)
        .execute();
    },
  };
}
