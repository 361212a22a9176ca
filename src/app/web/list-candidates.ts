import type { TCandidateSummary } from '../../contract/api-schemas.js';
import { findJobRow } from './find-job-row.js';
import { loadCandidateSummaries } from './load-candidate-summaries.js';
import type { TActor, TWebContext } from './web-context.js';

/** A job's candidates with their live status, in upload order. Errors: CandorError 'not_found' for the job. */
export async function listCandidates(
  context: TWebContext,
  actor: TActor,
  input: { jobId: string; origin: string },
): Promise<TCandidateSummary[]> {
  const job = await findJobRow(context, actor, input.jobId);
  return loadCandidateSummaries(context, actor, { jobId: job.id, origin: input.origin });
}
