import { identifyLanguage } from '../reading/identify-language.js';
import type { TFollowUpReason } from '../transcript.js';
import type { TFollowUpDecision, TInterviewState } from './interview-state.js';

/** One question a candidate was asked, with why, for the recruiter. */
export type TAskedQuestion = {
  turnId: string;
  type: string;
  question: string;
  /** The plan question it asks or probes (Q1, …). */
  questionId?: string;
  /** Why it was asked, in a sentence. */
  why: string;
  answer?: string;
  /** The language the answer is written in, as the answer reader identifies it. */
  answerLanguage?: { code: string; name: string };
  /** What the follow-up policy decided after the answer, in a sentence. */
  afterAnswer?: string;
};

const WHY_FOLLOW_UP: Record<TFollowUpReason, string> = {
  non_answer: 'Follow-up: the answer was a non-answer, so a broader question on the same topic.',
  vague: 'Follow-up: the answer stayed general, so a request for one specific example.',
  no_impact: 'Follow-up: an example without results, so a request for its measurable impact.',
  off_topic: 'Follow-up: the answer did not address the question, so the question put another way.',
  elaborate: 'Follow-up: a relevant but thin answer, so a request to elaborate on their own part.',
  no_experience:
    'Follow-up: the candidate said they had not done it, so what comes closest or how they would.',
};

function describeDecision(decision: TFollowUpDecision | undefined): string | undefined {
  if (decision === undefined) return undefined;
  if (decision.action === 'follow_up') return 'A follow-up was asked.';
  const because: Record<typeof decision.why, string> = {
    strong: 'the answer was specific and answered the question',
    adequate: 'the answer was good enough; probing would add little',
    skipped: 'the candidate skipped it',
    probe_limit: 'the question had its maximum of follow-ups',
    repeated_non_answer: 'a second non-answer',
    repeated_off_topic: 'a second answer beside the question',
    still_vague: 'two requests for an example got none',
    out_of_time: 'the time was up',
    saving_time_for_must_haves: 'time was kept for the remaining must-have questions',
    closing: 'it was the closing question',
    no_experience: 'the candidate has not done it and was already asked what comes closest',
    no_new_probe: 'every wording of the follow-up it earned had already been asked',
  };
  return `Moved on: ${because[decision.why]}.`;
}

/**
 * The questions a candidate actually got, in order — planned questions as worded for them,
 * follow-ups with the reason each was asked — and each answer's language.
 */
export function describeAskedQuestions(state: TInterviewState): TAskedQuestion[] {
  return state.turns.map((turn) => {
    const planned = state.plan.questions.find((question) => question.id === turn.questionId);
    const why =
      turn.followUpReason !== undefined
        ? WHY_FOLLOW_UP[turn.followUpReason]
        : turn.type === 'Closing'
          ? 'Closing question.'
          : `Planned ${planned?.type ?? turn.type} question${
              turn.requirementIds.length > 0 ? ` testing ${turn.requirementIds.join(', ')}` : ''
            }${turn.claimIds.length > 0 ? ` and the resume's ${turn.claimIds.join(', ')}` : ''}.`;
    const afterAnswer = describeDecision(turn.decision);
    const language =
      turn.answer === undefined || turn.answer.trim() === '' ? undefined : identifyLanguage(turn.answer);
    return {
      turnId: turn.id,
      type: turn.type,
      question: turn.question,
      ...(turn.questionId === undefined ? {} : { questionId: turn.questionId }),
      why,
      ...(turn.answer === undefined ? {} : { answer: turn.answer }),
      ...(language === undefined ? {} : { answerLanguage: { code: language.code, name: language.name } }),
      ...(afterAnswer === undefined ? {} : { afterAnswer }),
    };
  });
}
