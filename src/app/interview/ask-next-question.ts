import { isDeepStrictEqual } from 'node:util';
import { decideNextStep, type TAskDecision } from '../../core/interview/decide-next-step.js';
import type { TInterviewState, TInterviewTurnState } from '../../core/interview/interview-state.js';
import { nextStep } from '../../core/interview/next-step.js';
import type { TInterviewSession, TSessionStore } from '../../core/interview/session-store.js';
import { interviewProgress, type TInterviewProgress } from './interview-progress.js';
import type { TQuestionWording, TWordingTurn } from './question-wording.js';

export type TAskNextQuestionInput = {
  store: TSessionStore;
  sessionId: string;
  /** The clock (ISO 8601); the time budget and the question's askedAt come from it. */
  now?: () => string;
  /** A model that words the question within the policy's decision; without it the rules word it. */
  wording?: TQuestionWording;
  /**
   * Called once a new question is decided, before it is worded: a shell shows the progress header
   * (and the time warning) while a model words the question.
   */
  onDecision?: (decision: TQuestionDecision) => void;
  /** Pieces of a model-worded question as they stream in. */
  onToken?: (text: string) => void;
  /** Aborts a model request in flight (the shell is shutting down); nothing is stored then. */
  signal?: AbortSignal;
  /**
   * The session as the caller already read it (not read again). The new question is then saved
   * only if nothing else saved the session since (CandorError 'conflict', location 'version').
   */
  session?: TInterviewSession;
};

/** A new question, decided but not yet worded. */
export type TQuestionDecision = {
  ask: TAskDecision;
  /** The progress the question will show. */
  progress: TInterviewProgress;
  timeWarning?: string;
};

/** Who worded the question, and, when a model was asked and failed, why the rules worded it instead. */
export type TQuestionWordedBy =
  | { by: 'rules'; fallback?: TWordingFallback }
  | { by: 'model'; modelId?: string };

/** A model that failed to word a question: the rules' wording was asked instead. */
export type TWordingFallback = {
  modelId: string;
  /** Short: `HTTP 503`, `timeout`, `unusable reply: …`. */
  reason: string;
  /** One sentence for the transcript's and report's notes. */
  note: string;
};

export type TAskNextQuestionResult =
  | {
      kind: 'ask';
      session: TInterviewSession;
      turn: TInterviewTurnState;
      /** The question was already asked (after a restart): show it again, nothing new was stored. */
      isRepeat: boolean;
      /** "5 minutes left": show it once, with this question. */
      timeWarning?: string;
      progress: TInterviewProgress;
      wording: TQuestionWordedBy;
    }
  | { kind: 'done'; session: TInterviewSession; progress: TInterviewProgress };

/** At most this many earlier turns, each cut to this length, go to the model. */
const HISTORY_TURNS = 6;
const HISTORY_ANSWER_CHARACTERS = 2_000;

/** What the wording sees: the chain a follow-up probes, or the latest answer before a new question. */
function wordingHistory(state: TInterviewState, ask: TAskDecision): TWordingTurn[] {
  const numbered = state.turns.map((turn, index) => ({ turn, number: index + 1 }));
  const answered = numbered.filter(({ turn }) => turn.answer !== undefined);
  const relevant =
    ask.purpose === 'follow_up' && ask.questionId !== undefined
      ? answered.filter(({ turn }) => turn.questionId === ask.questionId)
      : answered.slice(-1);
  return relevant.slice(-HISTORY_TURNS).map(({ turn, number }) => {
    const answer = turn.answer ?? '';
    return {
      number,
      question: turn.question,
      answer:
        answer.length > HISTORY_ANSWER_CHARACTERS
          ? `${answer.slice(0, HISTORY_ANSWER_CHARACTERS)} […]`
          : answer,
    };
  });
}

/** The short reason of a wording failure: `createModelWording`'s messages end in it. */
function reasonOf(error: unknown, modelId: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = `${modelId} could not word the question: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/**
 * The next step of an interview, stored before it is returned: the question to ask (asked now),
 * the waiting question again (after a restart), or done. With a `wording`, a model words the
 * question the policy decided, streamed through `onToken`; if it fails in any way, the rules'
 * wording is asked instead and the result says why (`wording.fallback`), so the shell can note it.
 */
export async function askNextQuestion(input: TAskNextQuestionInput): Promise<TAskNextQuestionResult> {
  const now = input.now ?? (() => new Date().toISOString());
  const session = input.session ?? (await input.store.get(input.sessionId));
  const decidedAt = now();
  const decision = decideNextStep(session.state, { now: decidedAt });
  if (decision.kind === 'done') {
    return { kind: 'done', session, progress: interviewProgress(session.state, decidedAt) };
  }
  if (decision.kind === 'pending') {
    return {
      kind: 'ask',
      session,
      turn: decision.turn,
      isRepeat: true,
      progress: interviewProgress(session.state, decidedAt),
      wording: { by: decision.turn.wordedBy },
    };
  }

  if (input.onDecision !== undefined) {
    const preview = nextStep(session.state, { now: decidedAt });
    input.onDecision({
      ask: decision.ask,
      progress: interviewProgress(preview.state, decidedAt),
      ...(decision.timeWarning === undefined ? {} : { timeWarning: decision.timeWarning }),
    });
  }

  let questionText: string | undefined;
  let failureReason: string | undefined;
  if (input.wording !== undefined) {
    try {
      questionText = await input.wording.wordQuestion({
        ask: decision.ask,
        jobTitle: session.plan.jobTitle,
        language: session.plan.language,
        history: wordingHistory(session.state, decision.ask),
        contact: session.resume.contact,
        ...(input.onToken === undefined ? {} : { onToken: input.onToken }),
        ...(input.signal === undefined ? {} : { signal: input.signal }),
      });
    } catch (error) {
      if (input.signal?.aborted === true) throw error;
      failureReason = reasonOf(error, input.wording.modelId);
    }
  }

  // The question is asked when it is ready; if the clock has meanwhile changed the decision (a
  // time warning became due), it is asked at the time it was decided, so wording and policy agree.
  const readyAt = now();
  const isSameDecision =
    readyAt === decidedAt || isDeepStrictEqual(decideNextStep(session.state, { now: readyAt }), decision);
  const step = nextStep(session.state, {
    now: isSameDecision ? readyAt : decidedAt,
    ...(questionText === undefined ? {} : { questionText }),
  });
  if (step.kind !== 'ask') throw new Error('nextStep disagreed with decideNextStep');

  let wording: TQuestionWordedBy = { by: 'rules' };
  let state = step.state;
  let turn = step.turn;
  if (input.wording !== undefined) {
    const { modelId } = input.wording;
    failureReason ??= step.turn.wordedBy === 'model' ? undefined : 'the wording was empty';
    if (failureReason !== undefined) {
      const note = `Question ${step.turn.id} was worded by the rules because ${modelId} failed (${failureReason}).`;
      wording = { by: 'rules', fallback: { modelId, reason: failureReason, note } };
      // Recorded on the turn itself, so the transcript and report keep it across a restart.
      turn = { ...step.turn, wordingNote: note };
      state = { ...step.state, turns: [...step.state.turns.slice(0, -1), turn] };
    } else {
      wording = { by: 'model', modelId };
    }
  }
  const version = await input.store.saveState(
    session.id,
    state,
    input.session === undefined ? {} : { expectedVersion: input.session.version },
  );
  return {
    kind: 'ask',
    session: { ...session, state, status: state.status, version },
    turn,
    isRepeat: false,
    ...(step.timeWarning === undefined ? {} : { timeWarning: step.timeWarning }),
    progress: interviewProgress(state, turn.askedAt),
    wording,
  };
}
