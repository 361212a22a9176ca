import type { TEvaluation } from '../../core/evaluation.js';
import { evaluateCandidate } from '../evaluate-candidate.js';
import type { TEvaluationJob } from '../ports/evaluation-queue.js';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event.js';
import { describeIntegritySignals } from './describe-integrity-signals.js';
import { loadTranscriptWithEvents } from './load-transcript-with-events.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/**
 * Evaluates the interview a claimed queue job names and stores the report with the session; the
 * candidate becomes evaluated, with the recommendation and red-flag count copied for lists. The
 * interview room's paste events feed the signals and every room signal is noted in the report.
 * The `report.ready` webhooks are queued with the candidate's new status. With a `signal`, the
 * model's requests end when it aborts and nothing is stored after that.
 * Errors: whatever evaluateCandidate and the store throw (the worker retries).
 */
export async function runEvaluationJob(
  context: TWebContext,
  job: TEvaluationJob,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<TEvaluation> {
  const store = repositoriesOf(context).sessions;
  const session = await store.get(job.session_id);
  await repositoriesOf(context).candidates.changeStatus({
    candidateId: job.candidate_id,
    to: 'evaluating',
    now: context.now().toISOString(),
    isRefusalAnError: true,
  });
  const transcript = await loadTranscriptWithEvents(context, session.id, session.state);
  const work = context.work;
  const evaluation = await evaluateCandidate({
    job: session.job,
    resume: session.resume,
    transcript,
    model: context.model,
    asOf: context.now().toISOString().slice(0, 10),
    ...(context.env === undefined ? {} : { env: context.env }),
    ...(context.auditLogPath === undefined ? {} : { auditLogPath: context.auditLogPath }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    // The rubric engine reads every answer: on a worker thread, in the organisation's turn.
    ...(work === undefined ? {} : { offline: (input) => work.evaluateOffline(job.organisation_id, input) }),
  });
  options.signal?.throwIfAborted();
  evaluation.notes.push(...describeIntegritySignals(transcript));
  await store.saveReport(session.id, { report: evaluation });
  await repositoriesOf(context).transaction(async (within) => {
    await within.candidates.changeStatus({
      candidateId: job.candidate_id,
      to: 'evaluated',
      now: context.now().toISOString(),
      set: { recommendation: evaluation.recommendation, red_flag_count: evaluation.redFlags.length },
      isRefusalAnError: true,
    });
    await enqueueWebhookEvent(within.webhooks, context, {
      event: 'report.ready',
      candidateId: job.candidate_id,
      data: { interviewId: session.id, report: evaluation },
    });
  });
  return evaluation;
}
