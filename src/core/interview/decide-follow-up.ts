import type { TPlannedQuestionType } from '../plan/interview-plan.js';
import type { TAnswerSignals } from '../signals/signals.js';
import type { TFollowUpReason } from '../transcript.js';
import type { TFollowUpDecision } from './interview-state.js';

/** A follow-up already asked: why, and whether it was the gentle "which techniques have you used" kind. */
export type TProbe = { reason: TFollowUpReason; tentative?: boolean };

export type TDecideFollowUpInput = {
  /** The type of the plan question being probed. */
  questionType: TPlannedQuestionType;
  /** The signals of the latest answer (to the plan question or to its latest probe). */
  signals: TAnswerSignals;
  /** The probes already asked on this plan question, in order. */
  previousProbes: readonly TProbe[];
  maxProbes: number;
  /**
   * The question asks whether the candidate holds something or can meet a condition (a licence,
   * night shifts): a plain "no" answers it, and is not probed for experience.
   */
  asksForStatus?: boolean;
  /** The interview's language (ISO 639-1, default en): an answer in another one is never "off topic". */
  language?: string;
};

/** At or above this specificity an answer that addresses the question needs no probe. */
export const STRONG_SPECIFICITY = 0.6;
/** An answer this long that shares no word with the question or its requirements is off topic. */
const OFF_TOPIC_MIN_WORDS = 12;
/** Requests for an example of each kind on one question: the templates have two wordings of each. */
const VAGUE_PROBES_PER_KIND = 2;

/**
 * The probing ladder, from the seed interview: a non-answer gets a broader question; an answer
 * that misses the question gets a rephrasing; a strong answer moves on; a general answer gets
 * "describe a specific time"; an example without results gets "what was the measurable impact";
 * a thin example gets "can you elaborate". Never more than `maxProbes` probes, never a probe after
 * "skip"/"pass", and never the same probe twice where repeating it would only badger.
 *
 * Time is not considered here: `decideNextStep` overrides a probe when the clock says so.
 */
export function decideFollowUp(input: TDecideFollowUpInput): TFollowUpDecision {
  const { signals, questionType } = input;
  const previousReasons = input.previousProbes.map((probe) => probe.reason);
  if (signals.isSkip) return { action: 'move_on', why: 'skipped' };
  if (previousReasons.length >= input.maxProbes) return { action: 'move_on', why: 'probe_limit' };

  // An honest "I haven't" (or "no, a colleague handled that") is an answer: it earns a question
  // about what comes closest, or how they would go about it — never a request for impact.
  const deniesExperience =
    !signals.isNonAnswer &&
    !signals.gaveExample &&
    !signals.quantified &&
    (signals.stance === 'negative' || signals.negations.length > 0);
  if (deniesExperience) {
    if (input.asksForStatus === true) return { action: 'move_on', why: 'adequate' };
    if (previousReasons.includes('no_experience') || previousReasons.includes('non_answer'))
      return { action: 'move_on', why: 'no_experience' };
    return { action: 'follow_up', reason: 'no_experience' };
  }

  if (signals.isNonAnswer) {
    if (previousReasons.includes('non_answer')) return { action: 'move_on', why: 'repeated_non_answer' };
    return { action: 'follow_up', reason: 'non_answer' };
  }

  // Hedged answers ("not sure but …") are treated as vague, not off topic: the candidate is trying.
  // Relevance is read in the interview's language: an answer in another one is not off topic.
  const inInterviewLanguage = signals.language === (input.language ?? 'en') && signals.isFullyRead;
  const isOffTopic =
    inInterviewLanguage &&
    signals.relevance === 0 &&
    signals.wordCount >= OFF_TOPIC_MIN_WORDS &&
    signals.hedges.length === 0 &&
    !signals.gaveExample;
  if (isOffTopic) {
    if (previousReasons.includes('off_topic')) return { action: 'move_on', why: 'repeated_off_topic' };
    return { action: 'follow_up', reason: 'off_topic' };
  }

  // A quantified example settles a question on the job; a resume claim also needs the candidate's
  // own part in enough detail (specificity), since the resume already says the work was done.
  const isStrong =
    signals.addressesQuestion &&
    (signals.specificity >= STRONG_SPECIFICITY ||
      (signals.gaveExample && signals.quantified && questionType !== 'Resume'));
  if (isStrong) return { action: 'move_on', why: 'strong' };

  if (!signals.gaveExample) {
    // Straight after a non-answer, or hedged: ask gently which techniques they used. A confident
    // general statement instead gets "give a specific example, and quantify it". Each kind has two
    // wordings; when one kind is used up the other is asked, and when both are, the policy moves on.
    const prefersTentative = signals.hedges.length > 0 || previousReasons.at(-1) === 'non_answer';
    const asked = (tentative: boolean) =>
      input.previousProbes.filter(
        (probe) => probe.reason === 'vague' && (probe.tentative === true) === tentative,
      ).length;
    const tentative =
      asked(prefersTentative) < VAGUE_PROBES_PER_KIND
        ? prefersTentative
        : asked(!prefersTentative) < VAGUE_PROBES_PER_KIND
          ? !prefersTentative
          : undefined;
    if (tentative === undefined) return { action: 'move_on', why: 'still_vague' };
    return tentative
      ? { action: 'follow_up', reason: 'vague', tentative }
      : { action: 'follow_up', reason: 'vague' };
  }

  // A hypothetical ("how would you…") has no results to measure; nor has an answer after a "no".
  const impactMatters = questionType !== 'Situational' && !previousReasons.includes('no_experience');
  if (impactMatters && !signals.quantified) {
    if (previousReasons.includes('no_impact')) return { action: 'move_on', why: 'adequate' };
    return { action: 'follow_up', reason: 'no_impact' };
  }

  if (signals.specificity < STRONG_SPECIFICITY && !previousReasons.includes('elaborate')) {
    const focus = signals.tools[0];
    return focus === undefined
      ? { action: 'follow_up', reason: 'elaborate' }
      : { action: 'follow_up', reason: 'elaborate', focus };
  }
  return { action: 'move_on', why: 'adequate' };
}
