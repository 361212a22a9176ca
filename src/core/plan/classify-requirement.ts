import { findTechnologies } from '../text/find-technologies.js';
import { baseVerbsToGerunds, lowerFirst, startsWithBaseVerb, stripEndPunctuation } from './english.js';

/**
 * What kind of thing a requirement asks for, which decides how a question about it is worded:
 * - tool: proficiency with named tools or technologies ("Proficiency in Python and PyTorch")
 * - experience: having done something ("Experience deploying models to production")
 * - knowledge: knowing a domain ("Advanced knowledge of NLP")
 * - years: a number of years ("5+ years of backend development")
 * - soft: a soft skill ("Excellent communication skills")
 * - general: anything else (a degree, a location, a phrase the rules do not recognise)
 */
export type TRequirementKind = 'tool' | 'experience' | 'knowledge' | 'years' | 'soft' | 'general';

export type TRequirementProfile = {
  kind: TRequirementKind;
  /** The subject without its lead-in ("deploying AI models into production environments"). */
  topic: string;
  /** For kind 'years': how many years. */
  years?: number;
};

const ADJECTIVES =
  '(?:(?:strong|solid|deep|excellent|advanced|good|proven|demonstrated|hands-on|practical|extensive|significant|working|prior|previous|professional|some|relevant|direct|thorough|expert|in-depth|basic|sound|broad|exceptional|outstanding|very|highly)[\\s,]+(?:and\\s+)?)*';

const TOOL_LEAD_IN = new RegExp(
  `^${ADJECTIVES}(?:proficiency|proficient|fluency|fluent|expertise|expert|skilled|skills?|competence|competency|mastery|command)\\s+(?:in|with|at|using|on|of)\\s+`,
  'i',
);
const KNOWLEDGE_LEAD_IN = new RegExp(
  `^${ADJECTIVES}(?:knowledge|understanding|background|grasp|familiarity|foundation|foundations|expertise)\\s+(?:of|in|with|on)\\s+`,
  'i',
);
const EXPERIENCE_LEAD_IN = new RegExp(
  `^${ADJECTIVES}(?:experience|track\\s+record|history)(?:\\s+(?:of|in|with|on|at))?\\s+`,
  'i',
);
const ABILITY_LEAD_IN = /^(?:(?:the\s+)?ability|able|a\s+willingness|willingness)\s+to\s+/i;
const YEARS_PATTERN = /\b(\d+)\s*\+?\s*(?:or\s+more\s+)?(?:years?|yrs)\b/i;
const SOFT_PATTERN =
  /\b(communicat\w*|collaborat\w*|teamwork|team\s+player|stakeholders?|interpersonal|leadership|mentor\w*|cross-functional|product\s+teams?|presentation|self-(?:starter|motivated|directed)|ownership|problem-solving|adaptab\w*|empath\w*|verbal|written)\b/i;

/** Topics longer than this lose their asides, so follow-ups that repeat them stay readable. */
const CONCISE_TOPIC_WORDS = 12;

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/**
 * "model compression: quantization, pruning" → "model compression (quantization, pruning)";
 * a long topic drops its parenthetical asides and a trailing ", including …" clause; a clause
 * after a colon is dropped.
 */
function tidyTopic(topic: string): string {
  let tidy = stripEndPunctuation(topic)
    .replace(/\s*\(?\betc\.?\)?$/i, '')
    .replace(/\s+/g, ' ');
  if (countWords(tidy) > CONCISE_TOPIC_WORDS) tidy = tidy.replace(/\s*\([^()]*\)/g, '');
  if (countWords(tidy) > CONCISE_TOPIC_WORDS) {
    tidy = tidy.replace(
      /,\s+(?:including|especially|ideally|preferably|particularly|e\.g\.|i\.e\.)\s.*$/i,
      '',
    );
  }
  // After a colon: a short list becomes an aside; a whole clause ("…: own the latency …") goes.
  const colon = tidy.indexOf(':');
  if (colon > 0 && colon < tidy.length - 1) {
    const after = tidy.slice(colon + 1).trim();
    const before = tidy.slice(0, colon).trim();
    tidy = countWords(after) > 6 || startsWithBaseVerb(after) ? before : `${before} (${after})`;
  }
  return stripEndPunctuation(tidy);
}

function startsWithTechnology(topic: string): boolean {
  const found = findTechnologies(topic);
  if (found.length === 0) return false;
  const first = found[0] ?? '';
  return topic.toLowerCase().startsWith(first.toLowerCase());
}

/** Classifies a requirement by its wording and extracts the topic the question templates reuse. */
export function classifyRequirement(text: string): TRequirementProfile {
  const clean = stripEndPunctuation(text.replace(/^[-*•·]\s*/, ''));
  const years = YEARS_PATTERN.exec(clean);
  if (years !== null) {
    const after = clean
      .slice((years.index ?? 0) + years[0].length)
      .replace(
        /^\s*(?:of\s+)?(?:(?:professional|relevant|industry|hands-on|commercial|working|practical)\s+)*(?:experience\s+)?(?:(?:of|in|with|using|as|on)\s+)?/i,
        '',
      );
    const topic = tidyTopic(after.length > 0 ? after : clean);
    return { kind: 'years', topic: lowerFirst(topic), years: Number(years[1]) };
  }
  if (SOFT_PATTERN.test(clean) && findTechnologies(clean).length === 0) {
    const topic = tidyTopic(clean.replace(new RegExp(`^${ADJECTIVES}`, 'i'), ''));
    return { kind: 'soft', topic: startsWithBaseVerb(topic) ? baseVerbsToGerunds(topic) : lowerFirst(topic) };
  }
  const tool = TOOL_LEAD_IN.exec(clean);
  if (tool !== null) return { kind: 'tool', topic: tidyTopic(clean.slice(tool[0].length)) };
  const knowledge = KNOWLEDGE_LEAD_IN.exec(clean);
  if (knowledge !== null) {
    const topic = tidyTopic(clean.slice(knowledge[0].length));
    return { kind: startsWithTechnology(topic) ? 'tool' : 'knowledge', topic: lowerFirst(topic) };
  }
  const experience = EXPERIENCE_LEAD_IN.exec(clean);
  if (experience !== null) {
    const topic = tidyTopic(clean.slice(experience[0].length));
    return { kind: startsWithTechnology(topic) ? 'tool' : 'experience', topic: lowerFirst(topic) };
  }
  const ability = ABILITY_LEAD_IN.exec(clean);
  if (ability !== null) {
    return { kind: 'experience', topic: baseVerbsToGerunds(tidyTopic(clean.slice(ability[0].length))) };
  }
  if (startsWithBaseVerb(clean)) return { kind: 'experience', topic: baseVerbsToGerunds(tidyTopic(clean)) };
  if (startsWithTechnology(clean) && clean.split(/\s+/).length <= 8)
    return { kind: 'tool', topic: tidyTopic(clean) };
  return { kind: 'general', topic: lowerFirst(tidyTopic(clean)) };
}
