import type { TJobSummary } from '../../server/api-schemas.js';
import type { TActor, TWebContext } from './web-context.js';

/** The organisation's jobs, newest first, with how many candidates each has and how many are evaluated. */
export async function listJobs(context: TWebContext, actor: TActor): Promise<TJobSummary[]> {
  const jobs = await context.db
    .selectFrom('jobs')
    .select(['id', 'title', 'created_at'])
    .where('organisation_id', '=', actor.organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const counts = await context.db
    .selectFrom('candidates')
    .select(['job_id', 'status'])
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('organisation_id', '=', actor.organisationId)
    .groupBy(['job_id', 'status'])
    .execute();
  return jobs.map((job) => {
    const mine = counts.filter((count) => count.job_id === job.id);
    return {
      id: job.id,
      title: job.title,
      createdAt: job.created_at,
      candidateCount: mine.reduce((sum, count) => sum + Number(count.count), 0),
      evaluatedCount: mine
        .filter((count) => count.status === 'evaluated')
        .reduce((sum, count) => sum + Number(count.count), 0),
    };
  });
}
