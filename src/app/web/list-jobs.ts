import type { TJobSummary } from '../../contract/api-schemas.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/** The jobs and their candidates' counts in one query, compiled once: it runs on every visit. */

/** The organisation's jobs, newest first, with how many candidates each has and how many are evaluated. */
export async function listJobs(context: TWebContext, actor: TActor): Promise<TJobSummary[]> {
  const rows = await repositoriesOf(context).jobs.list(actor.organisationId);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    candidateCount: row.candidateCount,
    evaluatedCount: row.evaluatedCount,
  }));
}
