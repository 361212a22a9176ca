import type { TInterviewPlan } from '../plan/interview-plan.js';
import { extractKeywords } from '../text/keywords.js';

/**
 * The keywords an answer to a turn is matched against (analyzeAnswer's `contextKeywords`): the
 * keywords of the requirements and claims the turn tests, and of its plan question's topic.
 */
export function contextKeywordsFor(
  plan: TInterviewPlan,
  turn: { questionId?: string | undefined; requirementIds: readonly string[]; claimIds: readonly string[] },
): string[] {
  const keywords = new Set<string>();
  for (const requirement of plan.requirements) {
    if (!turn.requirementIds.includes(requirement.id)) continue;
    const words = requirement.keywords.length > 0 ? requirement.keywords : extractKeywords(requirement.text);
    for (const word of words) keywords.add(word);
  }
  for (const claim of plan.claims) {
    if (!turn.claimIds.includes(claim.id)) continue;
    const words = claim.keywords.length > 0 ? claim.keywords : extractKeywords(claim.text);
    for (const word of words) keywords.add(word);
  }
  const question = plan.questions.find((candidate) => candidate.id === turn.questionId);
  if (question?.topic !== undefined) for (const word of extractKeywords(question.topic)) keywords.add(word);
  return [...keywords];
}
