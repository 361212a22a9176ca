import type { TCandidateSummary, TComparison } from '../../contract/api-schemas.js';
import { RECOMMENDATIONS } from '../../core/evaluation.js';
import { ZJob } from '../../core/job.js';
import { findJobRow } from './find-job-row.js';
import { loadCandidateSummaries } from './load-candidate-summaries.js';
import { parseStoredJson } from './parse-stored-json.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

export const COMPARISON_SORTS = ['recommendation', 'mustHaveMet', 'redFlags', 'name', 'status'] as const;
export type TComparisonSort = (typeof COMPARISON_SORTS)[number];

type TRow = TComparison['rows'][number];

/** Lower ranks first: the strongest recommendation, then the evaluated without one, then the rest. */
function recommendationRank(candidate: TCandidateSummary): number {
  return candidate.recommendation === null
    ? RECOMMENDATIONS.length
    : RECOMMENDATIONS.indexOf(candidate.recommendation);
}

const byName = (a: TRow, b: TRow) =>
  (a.candidate.name ?? a.candidate.fileName).localeCompare(b.candidate.name ?? b.candidate.fileName) ||
  a.candidate.fileName.localeCompare(b.candidate.fileName) ||
  a.candidate.id.localeCompare(b.candidate.id);

const SORTS: Record<TComparisonSort, (a: TRow, b: TRow) => number> = {
  recommendation: (a, b) =>
    recommendationRank(a.candidate) - recommendationRank(b.candidate) ||
    b.mustHaveMet - a.mustHaveMet ||
    byName(a, b),
  mustHaveMet: (a, b) =>
    b.mustHaveMet - a.mustHaveMet ||
    recommendationRank(a.candidate) - recommendationRank(b.candidate) ||
    byName(a, b),
  redFlags: (a, b) => a.redFlags.length - b.redFlags.length || byName(a, b),
  name: byName,
  status: (a, b) => a.candidate.status.localeCompare(b.candidate.status) || byName(a, b),
};

/**
 * A job's candidates side by side: per requirement, what each evaluated candidate's report found;
 * must-haves met; red flags. Sorted best first by default. Errors: CandorError 'not_found'.
 */
export async function compareCandidates(
  context: TWebContext,
  actor: TActor,
  input: { jobId: string; origin: string; sort?: TComparisonSort },
): Promise<TComparison> {
  const jobRow = await findJobRow(context, actor, input.jobId);
  const job = parseStoredJson(ZJob, jobRow.job_json, 'jobs.job_json');
  const summaries = await loadCandidateSummaries(context, actor, { jobId: jobRow.id, origin: input.origin });
  const sessions = await repositoriesOf(context).candidates.listOfJob(actor.organisationId, jobRow.id);
  const sessionOf = new Map(sessions.map((row) => [row.id, row.interview_session_id]));
  const store = repositoriesOf(context).sessions;
  const mustIds = job.requirements
    .filter((requirement) => requirement.priority === 'must')
    .map((requirement) => requirement.id);

  const rows: TRow[] = [];
  for (const candidate of summaries) {
    const sessionId = sessionOf.get(candidate.id);
    const report = sessionId === null || sessionId === undefined ? null : (await store.get(sessionId)).report;
    const coverage: TRow['coverage'] = {};
    for (const assessment of report?.requirements ?? [])
      coverage[assessment.requirementId] = assessment.status;
    rows.push({
      candidate,
      coverage,
      mustHaveMet: mustIds.filter((id) => coverage[id] === 'met').length,
      mustHaveTotal: mustIds.length,
      redFlags: (report?.redFlags ?? []).map((flag) => flag.summary),
    });
  }
  rows.sort(SORTS[input.sort ?? 'recommendation']);
  return {
    job: { id: jobRow.id, title: jobRow.title },
    requirements: job.requirements.map((requirement) => ({
      id: requirement.id,
      text: requirement.text,
      priority: requirement.priority,
    })),
    rows,
  };
}
