import { decideNextStep } from './decide-next-step.js';
import type { TInterviewState, TInterviewTurnState } from './interview-state.js';

export type TNextStepContext = {
  /** The time the question is asked (ISO 8601). */
  now: string;
  /**
   * The question already worded by a model, within the decision `decideNextStep` returns for
   * the same state. Without it the rules' draft is asked. Ignored when a question is pending.
   */
  questionText?: string;
};

export type TInterviewStep =
  | {
      kind: 'ask';
      turn: TInterviewTurnState;
      /** "5 minutes left": for the shell to show, once. */
      timeWarning?: string;
      /** True when the turn was already asked and is shown again (after a restart or a refresh). */
      isRepeat: boolean;
      /** The state with this turn asked: store it before showing the question. */
      state: TInterviewState;
    }
  | { kind: 'done'; state: TInterviewState };

/**
 * The next step of an interview: the question to ask (recorded in the returned state as asked
 * at `now`), or done. Pure: the same state and context give the same step.
 */
export function nextStep(state: TInterviewState, context: TNextStepContext): TInterviewStep {
  const decision = decideNextStep(state, { now: context.now });
  switch (decision.kind) {
    case 'done':
      return { kind: 'done', state };
    case 'pending':
      return { kind: 'ask', turn: decision.turn, isRepeat: true, state };
    case 'ask': {
      const { ask } = decision;
      const modelText = context.questionText?.trim();
      const isModelWorded = modelText !== undefined && modelText.length > 0;
      const turn: TInterviewTurnState = {
        id: `T${state.turns.length + 1}`,
        type: ask.type,
        question: isModelWorded ? modelText : ask.draft,
        ...(ask.questionId === undefined ? {} : { questionId: ask.questionId }),
        requirementIds: [...ask.requirementIds],
        claimIds: [...ask.claimIds],
        ...(ask.followUpOf === undefined ? {} : { followUpOf: ask.followUpOf }),
        ...(ask.followUpReason === undefined ? {} : { followUpReason: ask.followUpReason }),
        wordedBy: isModelWorded ? 'model' : 'rules',
        askedAt: context.now,
      };
      const turns = [...state.turns];
      const lastIndex = turns.length - 1;
      const last = turns[lastIndex];
      if (decision.lastTurnDecision !== undefined && last !== undefined) {
        turns[lastIndex] = { ...last, decision: decision.lastTurnDecision };
      }
      const next: TInterviewState = {
        ...state,
        timeWarningGiven: state.timeWarningGiven || decision.timeWarning !== undefined,
        turns: [...turns, turn],
      };
      return decision.timeWarning === undefined
        ? { kind: 'ask', turn, isRepeat: false, state: next }
        : { kind: 'ask', turn, timeWarning: decision.timeWarning, isRepeat: false, state: next };
    }
    default: {
      const unreachable: never = decision;
      throw new Error(`unknown step ${JSON.stringify(unreachable)}`);
    }
  }
}
