import type { TInterviewRoom } from '../../contract/api-schemas.js';
import { candidateTexts } from '../../core/interview/candidate-texts.js';
import { elapsedMinutes } from '../../core/interview/elapsed-minutes.js';
import { ZInterviewPlan } from '../../core/plan/interview-plan.js';
import { interviewProgress } from '../interview/interview-progress.js';
import type { TInterviewAccess } from './find-interview-by-token.js';
import { parseStoredJson } from './parse-stored-json.js';
import { toQuestionPosition } from './to-question-position.js';
import type { TWebContext } from './web-context.js';
import { webProgress } from './web-progress.js';

/**
 * The candidate's view of their interview: the notice, progress and the question waiting, and
 * the earlier questions and answers to redraw the chat. Never a score or a recommendation.
 */
export function buildInterviewRoom(context: TWebContext, access: TInterviewAccess): TInterviewRoom {
  const { session, job } = access;
  const now = context.now();
  // The job's plan until the interview starts; then the interview's own.
  const plan =
    access.session === undefined
      ? parseStoredJson(ZInterviewPlan, access.startInputs.planJson, 'jobs.plan_json')
      : access.session.state.plan;
  const notice = {
    retentionDays: context.retentionDays,
    humanAlternative: candidateTexts(plan.language).humanAlternative(access.contactEmail),
  };
  const isHumanRequested = access.candidate.human_requested_at !== null;
  const isOver = isHumanRequested || session?.state.status === 'completed';
  const selfIdentification = access.selfIdentified ? 'answered' : isOver ? 'offered' : 'not_offered';
  if (session === undefined) {
    return {
      jobTitle: job.title,
      organisationName: access.organisationName,
      status: isHumanRequested ? 'human_requested' : 'awaiting_consent',
      notice,
      selfIdentification,
      progress: {
        answered: 0,
        planned: Math.min(plan.questions.length, plan.budget.maxQuestions),
        minutesLeft: plan.budget.minutes,
      },
      currentQuestion: null,
      language: plan.language,
      history: [],
    };
  }
  const { state } = session;
  const pending = state.turns.at(-1);
  return {
    jobTitle: job.title,
    organisationName: access.organisationName,
    status: isHumanRequested ? 'human_requested' : state.status === 'completed' ? 'completed' : 'in_progress',
    notice,
    selfIdentification,
    progress: {
      ...webProgress(state),
      minutesLeft: Math.max(
        0,
        Math.ceil(state.plan.budget.minutes - elapsedMinutes(state, now.toISOString())),
      ),
    },
    currentQuestion:
      state.status === 'in_progress' &&
      !isHumanRequested &&
      pending !== undefined &&
      pending.answer === undefined
        ? {
            turnId: pending.id,
            text: pending.question,
            timeWarning: null,
            position: toQuestionPosition(interviewProgress(state, now.toISOString())),
          }
        : null,
    language: state.plan.language,
    history: state.turns.flatMap((turn) =>
      turn.answer === undefined
        ? []
        : [
            {
              turnId: turn.id,
              question: turn.question,
              answer: turn.answer,
              ...(turn.skippedByAction === true ? { skipped: true } : {}),
            },
          ],
    ),
  };
}
