/**
 * Planned questions in Spanish (formal "usted"), for interviews held in Spanish without a model.
 * The requirement or the resume line is quoted as the job or the resume words it («…»), so the
 * question stays exact whatever language the job description is written in.
 */
import type { TClaim } from '../resume.js';
import type { TRequirementProfile } from './classify-requirement.js';
import { stripEndPunctuation } from './english.js';
import type { TPlannedQuestionType } from './interview-plan.js';
import { normaliseResumeText } from './normalise-resume-text.js';
import { countQuestionWords, MAX_QUESTION_WORDS, shortenTopic } from './question-templates.js';

export type TSpanishQuestionInput = {
  type: TPlannedQuestionType;
  /** The requirements the question tests, with how each was classified. */
  requirements: { text: string; profile: TRequirementProfile }[];
  /** For a Resume question: the claim it asks about. */
  claim?: TClaim;
};

export const SPANISH_CLOSING_QUESTION = '¿Tiene alguna pregunta para nosotros sobre el puesto o el equipo?';

function quote(text: string): string {
  return `«${stripEndPunctuation(text)}»`;
}

function wordForRequirements(
  type: TPlannedQuestionType,
  texts: readonly string[],
  kinds: readonly string[],
): string {
  const [first = '', second] = texts;
  if (second !== undefined) {
    if (kinds.every((kind) => kind === 'credential')) {
      return `El puesto pide ${quote(first)} y ${quote(second)}. ¿Los tiene actualmente? Cuénteme una ocasión reciente en la que le sirvieron en su trabajo.`;
    }
    return `Hábleme de su experiencia con ${quote(first)} y con ${quote(second)}: un ejemplo de cada uno, qué hizo usted y cómo salió.`;
  }
  if (type === 'Situational') {
    return `Imagine que en sus primeras semanas aquí se encarga de ${quote(first)}. ¿Cómo lo abordaría y qué tendría en cuenta?`;
  }
  if (type === 'Behavioral') {
    return `Hábleme de la situación más difícil que ha vivido en relación con ${quote(first)}: qué la hizo difícil, qué hizo usted y cómo terminó.`;
  }
  switch (kinds[0]) {
    case 'credential':
      return `El puesto pide ${quote(first)}. ¿Lo tiene actualmente? Cuénteme una ocasión reciente en la que le sirvió en su trabajo.`;
    case 'condition':
      return `El puesto implica ${quote(first)}. ¿Le viene bien? ¿Cómo ha llevado algo parecido antes?`;
    case 'years':
      return `El puesto pide ${quote(first)}. ¿Cuántos años de esa experiencia tiene, y cuál ha sido el trabajo más exigente de ese tiempo? ¿Qué parte hizo usted?`;
    case 'tool':
      return `Hábleme de un trabajo reciente en el que usó ${quote(first)}: para qué era y qué partes hizo usted.`;
    case 'knowledge':
      return `Cuénteme un problema en el que aplicó sus conocimientos de ${quote(first)}: cómo lo abordó y por qué de esa manera.`;
    default:
      return `El puesto pide ${quote(first)}. Hábleme de una ocasión concreta en la que lo puso en práctica: qué hizo usted y cómo salió.`;
  }
}

/** A planned question in Spanish, in at most MAX_QUESTION_WORDS words. */
export function wordQuestionInSpanish(input: TSpanishQuestionInput): string {
  const { claim } = input;
  if (input.type === 'Resume' && claim !== undefined) {
    const title =
      typeof claim.details.title === 'string' ? normaliseResumeText(claim.details.title) : undefined;
    if (claim.kind === 'role' && title !== undefined) {
      const organisation =
        typeof claim.details.organisation === 'string'
          ? ` en ${normaliseResumeText(claim.details.organisation)}`
          : '';
      return `Su currículum indica que trabajó como ${title}${organisation}. ¿De qué trabajo allí se siente más orgulloso, y qué parte hizo usted?`;
    }
    return `Su currículum dice ${quote(normaliseResumeText(claim.text))}. Cuénteme su parte: qué hizo usted y qué resultó de ello.`;
  }
  if (input.requirements.length === 0) {
    return 'Hábleme de un trabajo del que se sienta orgulloso: qué parte hizo usted y cómo salió.';
  }
  const kinds = input.requirements.map((requirement) => requirement.profile.kind);
  let texts = input.requirements.slice(0, 2).map((requirement) => requirement.text);
  let text = wordForRequirements(input.type, texts, kinds);
  for (let step = 0; step < 8 && countQuestionWords(text) > MAX_QUESTION_WORDS; step++) {
    const longest = texts.reduce(
      (best, each, index) =>
        countQuestionWords(each) > countQuestionWords(texts[best] ?? '') ? index : best,
      0,
    );
    const shorter = shortenTopic(stripEndPunctuation(texts[longest] ?? ''));
    if (shorter === texts[longest]) break;
    texts = texts.map((each, index) => (index === longest ? shorter : each));
    text = wordForRequirements(input.type, texts, kinds);
  }
  return text;
}
