export { contextKeywordsFor } from './context-keywords-for.js';
export { createInterview, type TCreateInterviewInput } from './create-interview.js';
export { decideFollowUp, STRONG_SPECIFICITY, type TDecideFollowUpInput } from './decide-follow-up.js';
export {
  decideNextStep,
  type TAskDecision,
  type TDecideNextStepContext,
  type TNextStepDecision,
} from './decide-next-step.js';
export {
  type TFollowUpDecision,
  type TInterviewState,
  type TInterviewTurnState,
  type TMoveOnReason,
  ZFollowUpDecision,
  ZInterviewState,
  ZInterviewTurnState,
  ZMoveOnReason,
} from './interview-state.js';
export { nextStep, type TInterviewStep, type TNextStepContext } from './next-step.js';
export { recordAnswer, type TRecordAnswerInput } from './record-answer.js';
export type {
  TCreateSessionInput,
  TInterviewSession,
  TSessionStatus,
  TSessionStore,
  TSessionSummary,
} from './session-store.js';
export { toSimpleTranscript } from './to-simple-transcript.js';
export { toTranscript } from './to-transcript.js';
export { undoSkip } from './undo-skip.js';
export { CLOSING_GUIDANCE, FOLLOW_UP_GUIDANCE, topicOf, wordFollowUp } from './word-follow-up.js';
