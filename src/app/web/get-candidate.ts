import type { TCandidateDetail } from '../../contract/api-schemas.js';
import { describeAskedQuestions } from '../../core/interview/describe-asked-questions.js';
import { ZResume } from '../../core/resume.js';
import { findCandidateRow } from './find-candidate-row.js';
import { findEvaluationProgress } from './find-evaluation-progress.js';
import { loadCandidateSummaries } from './load-candidate-summaries.js';
import { loadTranscriptWithEvents } from './load-transcript-with-events.js';
import { parseStoredJson } from './parse-stored-json.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * One candidate: the summary, the resume's extracted claims, the transcript so far (with the
 * room's paste and focus events), the evaluation's place in the queue (why it failed, whether it
 * is delayed) and the report once evaluated. Errors: CandorError 'not_found'.
 */
export async function getCandidate(
  context: TWebContext,
  actor: TActor,
  input: { candidateId: string; origin: string },
): Promise<TCandidateDetail> {
  const row = await findCandidateRow(context, actor, input.candidateId);
  const [summary] = await loadCandidateSummaries(context, actor, {
    candidateIds: [row.id],
    origin: input.origin,
  });
  if (summary === undefined) throw new Error(`candidate ${row.id} vanished`);
  const resume = parseStoredJson(ZResume, row.resume_json, 'candidates.resume_json');
  const job = await repositoriesOf(context).jobs.find(actor.organisationId, row.job_id);
  if (job === undefined) throw new Error(`candidate ${row.id} has no job`);
  const jobTitle = job.title;
  if (row.interview_session_id === null) {
    return {
      ...summary,
      jobTitle,
      resume,
      transcript: null,
      report: null,
      evaluation: null,
      askedQuestions: [],
    };
  }
  const session = await repositoriesOf(context).sessions.get(row.interview_session_id);
  const transcript = await loadTranscriptWithEvents(context, session.id, session.state);
  const evaluation = await findEvaluationProgress(context, row.id);
  return {
    ...summary,
    jobTitle,
    resume,
    transcript,
    report: session.report,
    evaluation,
    askedQuestions: describeAskedQuestions(session.state),
  };
}
