/**
 * The rule-based wording of follow-up questions. Each template reuses the plan question's topic,
 * so the probe stays on the subject; a variant index keeps a second probe of the same kind from
 * repeating the first word for word. Deterministic: the same input gives the same question.
 */
import { classifyRequirement } from '../plan/classify-requirement.js';
import type { TInterviewPlan, TPlannedQuestion } from '../plan/interview-plan.js';
import type { TFollowUpReason } from '../transcript.js';

/** What each kind of probe must achieve: the brief for a model that words the question instead. */
export const FOLLOW_UP_GUIDANCE: Record<TFollowUpReason, string> = {
  non_answer:
    'The candidate could not answer. Ask a broader, easier question on the same topic that invites general approaches or related experience, even without direct experience. Be encouraging; do not repeat the original question.',
  vague:
    'The answer stayed general. Ask for one specific example from their own work (or the specific techniques they used): the situation, what they did themselves, and the result.',
  no_impact:
    'The candidate gave an example without results. Ask for the measurable impact, inviting numbers (latency, cost, accuracy, time saved, users).',
  off_topic:
    'The answer did not address the question. Rephrase the original question more plainly, keeping the same topic and what it tests.',
  elaborate:
    'The answer was relevant but thin. Ask the candidate to elaborate on the specific thing they mentioned: their own part, the decisions they made, and why.',
};

export const CLOSING_GUIDANCE =
  'Close the interview: thank the candidate and ask whether they have any questions about the role or the team.';

export type TWordFollowUpInput = {
  reason: TFollowUpReason;
  plan: TInterviewPlan;
  question: TPlannedQuestion;
  /** How many earlier probes on this plan question had the same reason (picks the variant). */
  variant: number;
  /** A fragment of the answer to name, e.g. a tool the candidate mentioned. */
  focus?: string;
  /** The latest answer hedged, or an earlier probe was for a non-answer: ask for techniques, gently. */
  isTentative: boolean;
};

type TTemplateGroup = 'claim' | 'tool' | 'situational' | 'general';

/** The subject of a plan question, for probes: its topic, else its requirement's, else a neutral phrase. */
export function topicOf(plan: TInterviewPlan, question: TPlannedQuestion): string {
  if (question.topic !== undefined) return question.topic;
  const requirement = plan.requirements.find((candidate) => question.requirementIds.includes(candidate.id));
  if (requirement !== undefined) return classifyRequirement(requirement.text).topic;
  return 'what you just described';
}

/** Topics longer than this are referred to, not repeated: a probe should be shorter than the question. */
const LONG_TOPIC_WORDS = 12;

/** The topic as a probe names it: itself when short; when long, "that area", "either of those areas" or "any of those areas". */
function subjectOf(plan: TInterviewPlan, question: TPlannedQuestion): string {
  const topic = topicOf(plan, question);
  if (question.type === 'Resume') return topic;
  if (topic.split(/\s+/).length <= LONG_TOPIC_WORDS) return topic;
  const areas = question.requirementIds.length;
  return areas > 2 ? 'any of those areas' : areas === 2 ? 'either of those areas' : 'that area';
}

function templateGroup(plan: TInterviewPlan, question: TPlannedQuestion): TTemplateGroup {
  if (question.type === 'Resume') return 'claim';
  if (question.type === 'Situational') return 'situational';
  const [only, ...others] = question.requirementIds;
  const requirement = plan.requirements.find((candidate) => candidate.id === only);
  if (question.type === 'JD' && others.length === 0 && requirement !== undefined) {
    if (classifyRequirement(requirement.text).kind === 'tool') return 'tool';
  }
  return 'general';
}

function pick(variants: readonly string[], index: number): string {
  return variants[index % variants.length] ?? variants[0] ?? '';
}

/** Words a follow-up question from the rules' templates. */
export function wordFollowUp(input: TWordFollowUpInput): string {
  const { reason, variant, focus } = input;
  const group = templateGroup(input.plan, input.question);
  const topic = subjectOf(input.plan, input.question);
  switch (reason) {
    case 'non_answer':
      if (group === 'claim') {
        return pick(
          [
            "That's all right. Is there any part of that work you can tell me about, even a small piece you handled yourself?",
          ],
          variant,
        );
      }
      if (group === 'tool') {
        return `That's all right. Which tools or libraries have you used for similar work, even if not ${topic} specifically?`;
      }
      return pick(
        [
          `That's all right. Can you describe any general approaches to ${topic}, even if you haven't done it yourself?`,
          `No problem. Have you come across anything close to ${topic}, in a course, a side project or another job? What did you do?`,
        ],
        variant,
      );
    case 'vague':
      if (group === 'claim') {
        return pick(
          [
            'Can you pick one specific problem you solved in that work and walk me through what you did, and what changed as a result?',
            'What exactly did you do yourself there, as opposed to the rest of the team? One concrete example is enough.',
          ],
          variant,
        );
      }
      if (group === 'situational' && !input.isTentative) {
        return pick(
          [
            'What would you do first, concretely? And have you faced something similar before? What did you do then?',
            `Can you describe any techniques you've used yourself for ${topic}, even on a different kind of project?`,
          ],
          variant,
        );
      }
      if (input.isTentative && group === 'tool') {
        return pick(
          [
            `What have you built or changed with ${topic}, even something small? What did you do yourself?`,
            'Could you pick one concrete piece of work, even a small one, and tell me step by step what you did?',
          ],
          variant,
        );
      }
      if (input.isTentative) {
        return pick(
          [
            `Can you describe any techniques you've used yourself for ${topic}, even on a different kind of project?`,
            'Could you pick one concrete piece of work, even a small one, and tell me step by step what you did?',
          ],
          variant,
        );
      }
      if (group === 'tool') {
        return pick(
          [
            `Can you give a specific example of something you built with ${topic}, and quantify the impact if you can?`,
            `Can you describe a specific time you used ${topic}: what was the situation, what did you do, and how did it turn out?`,
          ],
          variant,
        );
      }
      return pick(
        [
          `Can you give a specific example from your own work on ${topic}, and quantify the impact if you can?`,
          `Can you describe a specific time you worked on ${topic}: what was the situation, what did you do, and how did it turn out?`,
        ],
        variant,
      );
    case 'no_impact':
      if (group === 'claim') {
        return 'What was the measurable result of that work? Can you put a number on it, such as users, latency, cost or accuracy?';
      }
      return pick(
        [
          'What was the measurable impact of that work? Can you quantify it, for example in latency, cost, accuracy, time saved or users?',
          'How did you know it worked? What did you measure before and after?',
        ],
        variant,
      );
    case 'off_topic':
      if (group === 'claim') {
        return `Let me come back to what your resume says: "${topic}". What was your own part in that?`;
      }
      return pick(
        [
          `Let me put that another way: what hands-on experience do you have with ${topic}? One concrete example is ideal.`,
          `To be clear, I'm asking about ${topic} specifically. What have you done in that area yourself?`,
        ],
        variant,
      );
    case 'elaborate':
      if (focus !== undefined)
        return `Can you elaborate on how you used ${focus} there, and what difference it made?`;
      if (group === 'claim') {
        return 'Can you elaborate on your own part in that: which decisions were yours, and what would have gone differently without you?';
      }
      return 'Can you elaborate on that: what was your own part in it, and which decisions did you make along the way?';
    default: {
      const unreachable: never = reason;
      throw new Error(`unknown follow-up reason ${String(unreachable)}`);
    }
  }
}
