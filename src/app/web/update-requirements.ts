import type { TJobDetail } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { type TJob, type TRequirement, ZJob } from '../../core/job.js';
import { LIMITS } from '../../core/limits/limits.js';
import { extractKeywords } from '../../core/text/keywords.js';
import { workOf } from '../work/work-of.js';
import { EMPTY_RESUME } from './empty-resume.js';
import { findJobRow } from './find-job-row.js';
import { parseStoredJson } from './parse-stored-json.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

export type TEditedRequirement = { id?: string; text: string; priority: 'must' | 'nice' };

/**
 * Replaces a job's requirements with the recruiter's edited list and re-plans the interview from
 * them (an edited plan is replaced too: it tested the old requirements). Requirements keep their
 * ids; new ones get the next free ids. Errors: CandorError 'not_found', 'invalid_argument' for an
 * empty list or a duplicated id,
 * 'limit_exceeded' for more than LIMITS.maxRequirements.
 */
export async function updateRequirements(
  context: TWebContext,
  actor: TActor,
  jobId: string,
  edited: readonly TEditedRequirement[],
): Promise<TJobDetail> {
  if (edited.length > LIMITS.maxRequirements) {
    throw new CandorError(
      'limit_exceeded',
      `${edited.length.toLocaleString('en-US')} requirements; a job may have up to ${LIMITS.maxRequirements} (limit maxRequirements).`,
      { location: 'requirements' },
    );
  }
  const row = await findJobRow(context, actor, jobId);
  const job = parseStoredJson(ZJob, row.job_json, 'jobs.job_json');
  if (edited.length === 0) {
    throw new CandorError('invalid_argument', 'Keep at least one requirement: the interview tests them.', {
      location: 'requirements',
    });
  }
  const seen = new Set<string>();
  for (const [index, requirement] of edited.entries()) {
    if (requirement.id === undefined) continue;
    if (seen.has(requirement.id)) {
      throw new CandorError('invalid_argument', `Requirement id ${requirement.id} is used twice`, {
        location: `requirements[${index}].id`,
      });
    }
    seen.add(requirement.id);
  }
  const highest = [...job.requirements.map((requirement) => requirement.id), ...seen].reduce(
    (max, id) => Math.max(max, Number(id.slice(1))),
    0,
  );
  let next = highest + 1;
  const previous = new Map(job.requirements.map((requirement) => [requirement.id, requirement]));
  const requirements: TRequirement[] = edited.map((requirement) => {
    const id = requirement.id ?? `R${next++}`;
    const before = previous.get(id);
    const text = requirement.text.trim();
    return {
      id,
      text,
      priority: requirement.priority,
      section:
        before !== undefined && before.priority === requirement.priority
          ? before.section
          : requirement.priority === 'must'
            ? 'Requirements'
            : 'Nice to have',
      keywords: before !== undefined && before.text === text ? before.keywords : extractKeywords(text),
    };
  });
  const updated: TJob = { ...job, requirements };
  const plan = await workOf(context).planInterview(actor.organisationId, {
    job: updated,
    resume: EMPTY_RESUME,
    language: row.interview_language,
  });
  await repositoriesOf(context).jobs.update(actor.organisationId, row.id, {
    job_json: JSON.stringify(updated),
    plan_json: JSON.stringify(plan),
    plan_edited: 0,
    updatedAt: context.now().toISOString(),
  });
  return { id: row.id, title: row.title, createdAt: row.created_at, job: updated, plan };
}
