import type { TInterviewPlan, TPlanRequirement } from './interview-plan.js';

/** The plan's requirements no question tests, must-haves first: what an edit may have dropped. */
export function findUncoveredRequirements(plan: TInterviewPlan): TPlanRequirement[] {
  const covered = new Set(plan.questions.flatMap((question) => question.requirementIds));
  const uncovered = plan.requirements.filter((requirement) => !covered.has(requirement.id));
  return [
    ...uncovered.filter((requirement) => requirement.priority === 'must'),
    ...uncovered.filter((requirement) => requirement.priority !== 'must'),
  ];
}
