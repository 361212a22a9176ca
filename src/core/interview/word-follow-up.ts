/**
 * The rule-based wording of follow-up questions. Each template reuses the plan question's topic,
 * so the probe stays on the subject; a variant index keeps a second probe of the same kind from
 * repeating the first word for word. Deterministic: the same input gives the same question.
 */
import { classifyRequirement } from '../plan/classify-requirement.js';
import { joinList } from '../plan/english.js';
import type { TInterviewPlan, TPlannedQuestion } from '../plan/interview-plan.js';
import type { TFollowUpReason } from '../transcript.js';

/** What each kind of probe must achieve: the brief for a model that words the question instead. */
export const FOLLOW_UP_GUIDANCE: Record<TFollowUpReason, string> = {
  non_answer:
    'The candidate could not answer. Ask a broader, easier question on the same topic that invites general approaches or related experience, even without direct experience. Be encouraging; do not repeat the original question.',
  vague:
    'The answer stayed general. Ask for one specific example from their own work (or the specific techniques they used): the situation, what they did themselves, and the result.',
  no_impact:
    'The candidate gave an example without results. Ask for the measurable impact, inviting numbers in the measures that fit this job (the draft names them); never measures from another field.',
  off_topic:
    'The answer did not address the question. Rephrase the original question more plainly, keeping the same topic and what it tests.',
  elaborate:
    'The answer was relevant but thin. Ask the candidate to elaborate on the specific thing they mentioned: their own part, the decisions they made, and why.',
  no_experience:
    'The candidate said plainly they have not done this. Thank them for saying so, and ask either what they have done that comes closest (in another job, in training, outside work) or how they would go about it. Never ask for impact or results.',
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

/** "safety incidents, wait times or errors": the job's own measures, or neutral ones. */
function impactExamples(plan: TInterviewPlan): string {
  const measures = plan.impact.measures;
  if (measures.length === 0) return 'time saved, mistakes avoided or how many people it reached';
  return joinList([...measures], 'or');
}

/** Words a follow-up question from the rules' templates, in the plan's language. */
export function wordFollowUp(input: TWordFollowUpInput): string {
  return input.plan.language === 'es' ? wordFollowUpSpanish(input) : wordFollowUpEnglish(input);
}

function wordFollowUpEnglish(input: TWordFollowUpInput): string {
  const { reason, variant, focus } = input;
  const group = templateGroup(input.plan, input.question);
  const topic = subjectOf(input.plan, input.question);
  switch (reason) {
    case 'non_answer':
      if (group === 'claim') {
        return "That's all right. Is there any part of that work you can tell me about, even a small piece you handled yourself?";
      }
      if (group === 'tool') {
        return `That's all right. Which tools or methods have you used for similar work, even if not ${topic} specifically?`;
      }
      return pick(
        [
          `That's all right. Can you describe any general approaches to ${topic}, even if you haven't done it yourself?`,
          `No problem. Have you come across anything close to ${topic}, in training, another job or outside work? What did you do?`,
        ],
        variant,
      );
    case 'no_experience':
      if (group === 'claim') {
        return "That's fine. Which part of that work did you handle yourself, even a small one?";
      }
      if (group === 'tool') {
        return pick(
          [
            `Thanks for saying so. What have you used that comes closest to ${topic}, and what did you do with it?`,
            `If you had to pick up ${topic} in your first month here, how would you go about it?`,
          ],
          variant,
        );
      }
      return pick(
        [
          `Thanks for saying so. What have you done that comes closest to ${topic}, in another job, in training or outside work?`,
          `Suppose you were asked to take on ${topic} in your first week here: how would you go about it, and who would you turn to?`,
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
            `Can you describe any techniques you've used yourself for ${topic}, even in a different setting?`,
          ],
          variant,
        );
      }
      if (input.isTentative && group === 'tool') {
        return pick(
          [
            `What have you done with ${topic}, even something small? What was your own part?`,
            'Could you pick one concrete piece of work, even a small one, and tell me step by step what you did?',
          ],
          variant,
        );
      }
      if (input.isTentative) {
        return pick(
          [
            `Can you describe any techniques you've used yourself for ${topic}, even in a different setting?`,
            'Could you pick one concrete piece of work, even a small one, and tell me step by step what you did?',
          ],
          variant,
        );
      }
      if (group === 'tool') {
        return pick(
          [
            `Can you give a specific example of work you did with ${topic}, and quantify the impact if you can?`,
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
    case 'no_impact': {
      const examples = impactExamples(input.plan);
      if (group === 'claim') {
        return `What was the result of that work? Can you put a number on it, for example in ${examples}?`;
      }
      const people = input.plan.impact.people;
      const impact = people === undefined ? 'of that work' : `for your ${people}`;
      return pick(
        [
          `What was the measurable impact ${impact}? Can you quantify it, for example in ${examples}?`,
          'How did you know it worked? What did you see or measure before and after?',
        ],
        variant,
      );
    }
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

/** The same probes in Spanish (formal "usted"); they refer to the subject rather than repeat it. */
function wordFollowUpSpanish(input: TWordFollowUpInput): string {
  const { reason, variant, focus } = input;
  const group = templateGroup(input.plan, input.question);
  switch (reason) {
    case 'non_answer':
      if (group === 'claim') {
        return 'No pasa nada. ¿Hay alguna parte de ese trabajo que pueda contarme, aunque sea pequeña y la hiciera usted?';
      }
      return pick(
        [
          'No pasa nada. ¿Puede describir cómo lo abordaría en general, aunque no lo haya hecho usted?',
          'No hay problema. ¿Ha hecho algo parecido, en otro trabajo, en su formación o fuera del trabajo? ¿Qué hizo?',
        ],
        variant,
      );
    case 'no_experience':
      if (group === 'claim') return 'De acuerdo. ¿Qué parte de ese trabajo hizo usted, aunque sea pequeña?';
      return pick(
        [
          'Gracias por decirlo. ¿Qué ha hecho que se parezca más a esto, en otro trabajo, en su formación o fuera del trabajo?',
          'Si tuviera que encargarse de esto en su primera semana aquí, ¿cómo lo abordaría y a quién acudiría?',
        ],
        variant,
      );
    case 'vague':
      if (group === 'claim') {
        return pick(
          [
            '¿Puede elegir un problema concreto que resolvió en ese trabajo y contarme qué hizo y qué cambió?',
            '¿Qué hizo usted exactamente, frente al resto del equipo? Un ejemplo concreto basta.',
          ],
          variant,
        );
      }
      if (group === 'situational' && !input.isTentative) {
        return pick(
          [
            '¿Qué haría primero, en concreto? ¿Se ha encontrado antes con algo parecido? ¿Qué hizo entonces?',
            '¿Qué técnicas o métodos ha usado usted para algo así, aunque fuera en otro contexto?',
          ],
          variant,
        );
      }
      if (input.isTentative) {
        return pick(
          [
            '¿Qué técnicas o métodos ha usado usted para algo así, aunque fuera en otro contexto?',
            '¿Podría elegir un trabajo concreto, aunque sea pequeño, y contarme paso a paso lo que hizo?',
          ],
          variant,
        );
      }
      return pick(
        [
          '¿Puede darme un ejemplo concreto de su propio trabajo: la situación, lo que hizo usted y el resultado?',
          '¿Puede describir una ocasión concreta: cuál era la situación, qué hizo usted y cómo salió?',
        ],
        variant,
      );
    case 'no_impact':
      if (group === 'claim') return '¿Cuál fue el resultado de ese trabajo? ¿Puede ponerle una cifra?';
      return pick(
        [
          '¿Qué cambió como resultado? ¿Puede ponerle una cifra, por ejemplo tiempo ahorrado, errores evitados o personas atendidas?',
          '¿Cómo supo que había funcionado? ¿Qué vio o midió antes y después?',
        ],
        variant,
      );
    case 'off_topic':
      return pick(
        [
          'Se lo pregunto de otra manera: ¿qué experiencia práctica tiene usted en esto? Un ejemplo concreto es lo ideal.',
          'Para aclararlo: le pregunto específicamente por este tema. ¿Qué ha hecho usted en ese ámbito?',
        ],
        variant,
      );
    case 'elaborate':
      if (focus !== undefined) return `¿Puede contarme más sobre cómo usó ${focus} y qué diferencia marcó?`;
      return '¿Puede contarme más: cuál fue su papel y qué decisiones tomó usted?';
    default: {
      const unreachable: never = reason;
      throw new Error(`unknown follow-up reason ${String(unreachable)}`);
    }
  }
}
