import type { TJobDetail } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { ZJob } from '../../core/job.js';
import { parsePlan } from '../../core/plan/parse-plan.js';
import { findJobRow } from './find-job-row.js';
import { parseStoredJson } from './parse-stored-json.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Stores the recruiter's edited interview plan; candidates invited from now on are interviewed
 * with it as it is (no resume questions are added to an edited plan). Errors: CandorError
 * 'not_found'; 'invalid_transcript' for a plan that does not validate (naming the question and
 * field, as `candor interview --plan` does); 'invalid_argument' for a question citing a
 * requirement the job does not have.
 */
export async function updatePlan(
  context: TWebContext,
  actor: TActor,
  jobId: string,
  input: unknown,
): Promise<TJobDetail> {
  const row = await findJobRow(context, actor, jobId);
  const job = parseStoredJson(ZJob, row.job_json, 'jobs.job_json');
  const plan = parsePlan(input);
  const known = new Set(job.requirements.map((requirement) => requirement.id));
  for (const [index, question] of plan.questions.entries()) {
    const unknown = question.requirementIds.find((id) => !known.has(id));
    if (unknown !== undefined) {
      throw new CandorError(
        'invalid_argument',
        `Plan question ${question.id} tests ${unknown}, which is not one of the job's requirements`,
        { location: `plan.questions[${index}].requirementIds` },
      );
    }
  }
  await repositoriesOf(context).jobs.update(actor.organisationId, row.id, {
    plan_json: JSON.stringify(plan),
    plan_edited: 1,
    updatedAt: context.now().toISOString(),
  });
  return { id: row.id, title: row.title, createdAt: row.created_at, job, plan };
}
