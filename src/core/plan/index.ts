export {
  buildPlanWordingPrompt,
  PLAN_WORDING_TAGS,
  PROMPT_VERSION as PLAN_WORDING_PROMPT_VERSION,
  type TPlanWordingPrompt,
} from './build-plan-wording-prompt.js';
export {
  classifyRequirement,
  type TRequirementKind,
  type TRequirementProfile,
} from './classify-requirement.js';
export { findUncoveredRequirements } from './find-uncovered-requirements.js';
export {
  CLOSING_MINUTES,
  DEFAULT_BUDGET,
  DEFAULT_CLOSING_QUESTION,
  type TInterviewBudget,
  type TInterviewPlan,
  type TInterviewPlanInput,
  type TPlanClaim,
  type TPlannedQuestion,
  type TPlannedQuestionType,
  type TPlanRequirement,
  type TRubric,
  ZInterviewBudget,
  ZInterviewPlan,
  ZPlanClaim,
  ZPlannedQuestion,
  ZPlannedQuestionType,
  ZPlanRequirement,
  ZRubric,
} from './interview-plan.js';
export { parsePlan, safeParsePlan, type TSafeParsePlanResult } from './parse-plan.js';
export { planInterview, type TPlanInterviewInput } from './plan-interview.js';
export { renderPlanText } from './render-plan-text.js';
