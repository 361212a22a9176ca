export {
  askNextQuestion,
  type TAskNextQuestionInput,
  type TAskNextQuestionResult,
  type TQuestionDecision,
  type TQuestionWordedBy,
  type TWordingFallback,
} from './ask-next-question.js';
export { buildWordingPrompt, type TWordingPrompt, WORDING_PROMPT_VERSION } from './build-wording-prompt.js';
export { cleanWordedQuestion, MAX_WORDED_QUESTION_CHARACTERS } from './clean-worded-question.js';
export { createModelWording, type TCreateModelWordingInput } from './create-model-wording.js';
export {
  finishInterview,
  type TFinishInterviewInput,
  type TFinishInterviewResult,
} from './finish-interview.js';
export { interviewProgress, type TInterviewProgress } from './interview-progress.js';
export type { TQuestionWording, TWordingRequest, TWordingTurn } from './question-wording.js';
export { startInterview, type TStartInterviewInput } from './start-interview.js';
export {
  MAX_ANSWER_CHARACTERS,
  submitAnswer,
  type TSubmitAnswerInput,
  type TSubmitAnswerResult,
} from './submit-answer.js';
export {
  type TWordPlanWithModelInput,
  type TWordPlanWithModelResult,
  wordPlanWithModel,
} from './word-plan-with-model.js';
