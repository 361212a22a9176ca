import { prepareQuery } from '../../adapters/storage/prepare-query.js';
import type { TJobSummary } from '../../contract/api-schemas.js';
import type { TActor, TWebContext } from './web-context.js';

/** The jobs and their candidates' counts in one query, compiled once: it runs on every visit. */
const selectJobSummaries = prepareQuery((db, organisationId: string) =>
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

/** The organisation's jobs, newest first, with how many candidates each has and how many are evaluated. */
export async function listJobs(context: TWebContext, actor: TActor): Promise<TJobSummary[]> {
  const rows = await selectJobSummaries(context.db, actor.organisationId);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    candidateCount: Number(row.candidate_count),
    evaluatedCount: Number(row.evaluated_count),
  }));
}
