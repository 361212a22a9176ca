import { CLOSING_MINUTES, type TPlannedQuestion } from '../plan/interview-plan.js';
import type { TFollowUpReason, TQuestionType } from '../transcript.js';
import { candidateTexts } from './candidate-texts.js';
import { elapsedMinutes } from './elapsed-minutes.js';
import type { TFollowUpDecision, TInterviewState, TInterviewTurnState } from './interview-state.js';
import { probesOf } from './probes-of.js';
import { CLOSING_GUIDANCE, FOLLOW_UP_GUIDANCE, wordFollowUp } from './word-follow-up.js';

/** The question to ask next, decided by the policy; the wording is a draft a model may replace. */
export type TAskDecision = {
  purpose: 'question' | 'follow_up' | 'closing';
  type: TQuestionType;
  /** The plan question asked or probed; absent for the closing question. */
  questionId?: string;
  requirementIds: string[];
  claimIds: string[];
  /** For a follow-up: the turn it probes, and why. */
  followUpOf?: string;
  followUpReason?: TFollowUpReason;
  /** The question as the rules word it (the plan's text, a follow-up template, the closing question). */
  draft: string;
  /** What the question must achieve, for a model asked to word it within this decision. */
  guidance: string;
};

export type TNextStepDecision =
  /** A question was asked and is still waiting for its answer (e.g. after a restart): show it again. */
  | { kind: 'pending'; turn: TInterviewTurnState }
  | {
      kind: 'ask';
      ask: TAskDecision;
      /** Shown once, when the time budget is nearly used up: "5 minutes left". */
      timeWarning?: string;
      /** When the clock overrules the probe the last answer earned, the decision that replaces it. */
      lastTurnDecision?: TFollowUpDecision;
    }
  | { kind: 'done' };

export type TDecideNextStepContext = { now: string };

/** Warn when this many minutes are left (or a fifth of a shorter budget). */
const WARNING_MINUTES = 5;

function formatTimeLeft(minutes: number, language: string): string {
  return candidateTexts(language).timeWarning(minutes <= 0 ? 0 : Math.max(1, Math.ceil(minutes)));
}

/** Minutes the plan sets aside for must-have questions not asked yet. */
function mustMinutesLeft(state: TInterviewState, asked: ReadonlySet<string>): number {
  const mustIds = new Set(
    state.plan.requirements
      .filter((requirement) => requirement.priority === 'must')
      .map((requirement) => requirement.id),
  );
  return state.plan.questions
    .filter((question) => !asked.has(question.id) && question.requirementIds.some((id) => mustIds.has(id)))
    .reduce((sum, question) => sum + question.minutes, 0);
}

function planQuestionAsk(question: TPlannedQuestion): TAskDecision {
  return {
    purpose: 'question',
    type: question.type,
    questionId: question.id,
    requirementIds: [...question.requirementIds],
    claimIds: [...question.claimIds],
    draft: question.text,
    guidance: `Ask the planned ${question.type} question as written, or with a short natural transition; do not change what it asks.`,
  };
}

/**
 * The pure decision behind `nextStep`: which question comes next and why, from the state and
 * the time. It changes nothing; `nextStep` applies it.
 *
 * Order: the probe the last answer earned (unless time is up, or probing would eat the time the
 * remaining must-have questions need) → the next plan question (while time and the question
 * budget last) → the closing question → done.
 */
export function decideNextStep(state: TInterviewState, context: TDecideNextStepContext): TNextStepDecision {
  if (state.status === 'completed') return { kind: 'done' };
  const last = state.turns.at(-1);
  if (last !== undefined && last.answer === undefined) return { kind: 'pending', turn: last };

  const { plan } = state;
  const remaining = plan.budget.minutes - elapsedMinutes(state, context.now);
  const warnAt = Math.min(WARNING_MINUTES, plan.budget.minutes / 5);
  const timeWarning =
    !state.timeWarningGiven && remaining <= warnAt ? formatTimeLeft(remaining, plan.language) : undefined;
  const withWarning = (decision: { kind: 'ask'; ask: TAskDecision; lastTurnDecision?: TFollowUpDecision }) =>
    timeWarning === undefined ? decision : { ...decision, timeWarning };

  const asked = new Set(
    state.turns
      .filter((turn) => turn.type !== 'Follow-up' && turn.type !== 'Closing' && turn.questionId !== undefined)
      .map((turn) => turn.questionId as string),
  );

  let lastTurnDecision: TFollowUpDecision | undefined;
  const probe = last?.decision?.action === 'follow_up' ? last.decision : undefined;
  const probed = plan.questions.find((question) => question.id === last?.questionId);
  if (last !== undefined && probe !== undefined && probed !== undefined) {
    if (remaining <= 0) {
      lastTurnDecision = { action: 'move_on', why: 'out_of_time' };
    } else if (remaining - CLOSING_MINUTES < mustMinutesLeft(state, asked)) {
      lastTurnDecision = { action: 'move_on', why: 'saving_time_for_must_haves' };
    } else {
      const isTentative = probe.tentative === true;
      const earlier = probesOf(state, probed.id).filter(
        (earlierProbe) =>
          earlierProbe.reason === probe.reason && (earlierProbe.tentative === true) === isTentative,
      ).length;
      // No probe is asked twice in an interview, word for word.
      const askedTexts = new Set(state.turns.map((turn) => turn.question));
      // The next variant of the template, skipping wordings this question has already had.
      const word = (variant: number) =>
        wordFollowUp({
          reason: probe.reason,
          plan,
          question: probed,
          variant,
          isTentative,
          ...(probe.focus === undefined ? {} : { focus: probe.focus }),
        });
      let draft = word(earlier);
      for (let offset = 1; offset <= 3 && askedTexts.has(draft); offset++) draft = word(earlier + offset);
      if (askedTexts.has(draft)) lastTurnDecision = { action: 'move_on', why: 'no_new_probe' };
      else
        return withWarning({
          kind: 'ask',
          ask: {
            purpose: 'follow_up',
            type: 'Follow-up',
            questionId: probed.id,
            requirementIds: [...probed.requirementIds],
            claimIds: [...probed.claimIds],
            followUpOf: last.id,
            followUpReason: probe.reason,
            draft,
            guidance: FOLLOW_UP_GUIDANCE[probe.reason],
          },
        });
    }
  }
  const carry = lastTurnDecision === undefined ? {} : { lastTurnDecision };

  const next = plan.questions.find((question) => !asked.has(question.id));
  if (next !== undefined && asked.size < plan.budget.maxQuestions && remaining > 0) {
    return withWarning({ kind: 'ask', ask: planQuestionAsk(next), ...carry });
  }
  if (!state.turns.some((turn) => turn.type === 'Closing')) {
    return withWarning({
      kind: 'ask',
      ask: {
        purpose: 'closing',
        type: 'Closing',
        requirementIds: [],
        claimIds: [],
        draft: plan.closingQuestion,
        guidance: CLOSING_GUIDANCE,
      },
      ...carry,
    });
  }
  return { kind: 'done' };
}
