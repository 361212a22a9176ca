import { CandorError } from '../../core/candor-error.js';
import {
  computeAdverseImpact,
  DEFAULT_MIN_GROUP_SIZE,
  type TAdverseImpact,
  type TImpactRecord,
} from '../../core/fairness/compute-adverse-impact.js';
import { ZRaceEthnicity, ZSex } from '../../core/fairness/self-identification.js';
import { repositoriesOf } from './repositories-of.js';
import { requireRole } from './require-role.js';
import type { TActor, TWebContext } from './web-context.js';

export type TAdverseImpactReport = TAdverseImpact & {
  /** The job reported on, or null for all the organisation's jobs. */
  job: { id: string; title: string } | null;
  /** The organisation's jobs, to choose from. */
  jobs: { id: string; title: string }[];
};

const SELECTED_RECOMMENDATIONS = new Set(['Strongly Recommend', 'Recommend']);

/**
 * Adverse impact for one job or across all the organisation's jobs (owners and admins only):
 * the candidates who answered the voluntary self-identification form, with the AI's
 * recommendation (Strongly Recommend or Recommend = selected) and people's latest decision
 * (advance = selected), as computeAdverseImpact reports them. This is the only reader of the
 * self-identification table. Errors: CandorError 'forbidden' for members; 'not_found' for a job
 * outside the organisation.
 */
export async function getAdverseImpact(
  context: TWebContext,
  actor: TActor,
  input: { jobId?: string; minGroupSize?: number } = {},
): Promise<TAdverseImpactReport> {
  requireRole(actor, ['owner', 'admin'], 'see adverse-impact reports');
  const repositories = repositoriesOf(context);
  const jobs = (await repositories.jobs.list(actor.organisationId)).map(({ id, title }) => ({ id, title }));
  const job = input.jobId === undefined ? null : (jobs.find((known) => known.id === input.jobId) ?? null);
  if (input.jobId !== undefined && job === null) {
    throw new CandorError('not_found', `No job ${input.jobId} in your organisation.`, { location: 'jobId' });
  }
  const rows = await repositories.candidates.listSelfIdentified(actor.organisationId, job?.id);
  const decisions = await repositories.decisions.listOf(
    actor.organisationId,
    rows.map((row) => row.candidateId),
  );
  // Decisions are appended: the latest one is the candidate's decision.
  const latest = new Map(decisions.map((decision) => [decision.candidate_id, decision.decision]));
  const records: TImpactRecord[] = rows.map((row) => {
    const decision = latest.get(row.candidateId);
    return {
      sex: ZSex.catch('decline').parse(row.sex),
      raceEthnicity: ZRaceEthnicity.catch('decline').parse(row.raceEthnicity),
      aiSelected: row.recommendation === null ? null : SELECTED_RECOMMENDATIONS.has(row.recommendation),
      humanSelected: decision === undefined ? null : decision === 'advance',
    };
  });
  return {
    ...computeAdverseImpact(records, { minGroupSize: input.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE }),
    job,
    jobs,
  };
}
