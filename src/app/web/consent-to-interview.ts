import type { TInterviewRoom } from '../../contract/api-schemas.js';
import { ZJob } from '../../core/job.js';
import { ZInterviewPlan } from '../../core/plan/interview-plan.js';
import { ZResume } from '../../core/resume.js';
import { startInterview } from '../interview/start-interview.js';
import { workOf } from '../work/work-of.js';
import { buildInterviewRoom } from './build-interview-room.js';
import { findInterviewByToken } from './find-interview-by-token.js';
import { parseStoredJson } from './parse-stored-json.js';
import { refuseAfterHumanRequest } from './refuse-after-human-request.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * The candidate read the notice and agreed: the interview starts (its clock too). The plan is
 * the job's plan with questions on this resume, or the recruiter's edited plan as it is.
 * Consenting again changes nothing. Errors: as findInterviewByToken.
 */
export async function consentToInterview(context: TWebContext, token: string): Promise<TInterviewRoom> {
  const access = await findInterviewByToken(context, token);
  if (access.session !== undefined) return buildInterviewRoom(context, access);
  refuseAfterHumanRequest(access.candidate);
  const { candidate, job: jobRow } = access;
  const inputs = access.startInputs;
  const job = parseStoredJson(ZJob, inputs.jobJson, 'jobs.job_json');
  const resume = parseStoredJson(ZResume, inputs.resumeJson, 'candidates.resume_json');
  const plan =
    jobRow.plan_edited === 1
      ? parseStoredJson(ZInterviewPlan, inputs.planJson, 'jobs.plan_json')
      : await workOf(context).planInterview(candidate.organisation_id, {
          job,
          resume,
          language: jobRow.interview_language,
        });
  const session = await startInterview({
    store: repositoriesOf(context).sessions,
    job,
    resume,
    plan,
    now: () => context.now().toISOString(),
  });
  // Only from new or invited: a second consent (or a human request) in between changes nothing.
  const isStarted = await repositoriesOf(context).candidates.changeStatus({
    candidateId: candidate.id,
    to: 'in_progress',
    now: context.now().toISOString(),
    set: { interview_session_id: session.id },
  });
  if (!isStarted) {
    // Another request consented first (or the candidate asked for a person): drop this session, show theirs.
    await repositoriesOf(context).candidates.discardSession(session.id);
    return buildInterviewRoom(context, await findInterviewByToken(context, token));
  }
  return buildInterviewRoom(context, {
    ...access,
    candidate: { ...candidate, interview_session_id: session.id },
    session,
    startInputs: undefined,
  });
}
