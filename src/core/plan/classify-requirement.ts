import { findTechnologies } from '../text/find-technologies.js';
import {
  baseVerbsToGerunds,
  baseVerbsToPast,
  lowerFirst,
  startsWithBaseVerb,
  stripEndPunctuation,
} from './english.js';

/**
 * What kind of thing a requirement asks for, which decides how a question about it is worded:
 * - tool: proficiency with named tools or technologies ("Proficiency in Python and PyTorch")
 * - experience: having done something ("Experience deploying models to production")
 * - knowledge: knowing a domain ("Advanced knowledge of NLP")
 * - years: a number of years ("5+ years of backend development")
 * - soft: a soft skill ("Excellent communication skills")
 * - credential: a licence, certification or degree to hold ("Current Oregon RN license", "BSN")
 * - condition: a schedule, physical demand or eligibility to accept ("Ability to work night shifts")
 * - general: anything else (a location, a phrase the rules do not recognise)
 */
export type TRequirementKind =
  | 'tool'
  | 'experience'
  | 'knowledge'
  | 'years'
  | 'soft'
  | 'credential'
  | 'condition'
  | 'general';

export type TRequirementProfile = {
  kind: TRequirementKind;
  /** The subject without its lead-in ("deploying AI models into production environments"). */
  topic: string;
  /** For kind 'years': how many years. */
  years?: number;
  /** For kind 'credential': a degree (asked about as training, not as a licence to practise). */
  isDegree?: boolean;
  /** For a topic that opens with verbs: the same phrase in the past ("administered medications …"). */
  past?: string;
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
const YEARS_PATTERN = /\b(\d+)\s*\+?\s*(?:or\s+more\s+)?(?:years?|yrs|años)(?!\p{L})/iu;
const SOFT_PATTERN =
  /\b(communicat\w*|collaborat\w*|teamwork|team\s+player|stakeholders?|interpersonal|leadership|mentor\w*|cross-functional|product\s+teams?|presentation|self-(?:starter|motivated|directed)|ownership|problem-solving|adaptab\w*|empath\w*|verbal|written)\b/i;

/** Things a candidate holds: licences, certifications, registrations, degrees. */
const CREDENTIAL_PATTERN =
  /\b(?:licen[cs]e[ds]?|licensure|certifi(?:cation|cate|ed)s?|registration|accredit\w*|degree|diploma|bachelor'?s|master'?s|associate'?s|BSN|ADN|MSN|CPA|CMA|CFA|PMP|CDL|BLS|ACLS|PALS|CMSRN|NCLEX|bar\s+admission|admitted\s+to\s+the\s+bar|qualified\s+(?:\p{L}+\s+){0,2}status|chartered|credential\w*|journeyman|journeyperson|t[ií]tulo|titulaci[oó]n|certificado|carn[eé]|licencia|colegiad[oa])(?!\p{L})/iu;
/** Degrees, asked about as training rather than as a licence. */
const DEGREE_PATTERN =
  /\b(?:degree|diploma|bachelor'?s|master'?s|associate'?s|BSN|ADN|MSN|B\.?S\.?|B\.?A\.?|Ph\.?D\.?)\b/;
/** Schedules, physical demands, travel and eligibility: accepted or not, rather than shown in work. */
const CONDITION_PATTERN =
  /\b(?:shifts?|nights?|weekends?|overtime|on-call|on\s+call|holidays|travel\w*|relocat\w*|lift(?:ing)?|carry(?:ing)?|stand(?:ing)?|commute|schedules?|rotating|hours|authori[sz]ed\s+to\s+work|eligib\w+\s+to\s+work|work\s+authori[sz]ation|background\s+check|drug\s+screen|disponibilidad|turnos?|noches?|fines\s+de\s+semana|viajar)(?!\p{L})/iu;
const CONDITION_LEAD_IN =
  /^(?:must\s+be\s+)?(?:(?:the\s+)?ability|able|a\s+willingness|willing(?:ness)?|availability|available)\s+to\s+|^disponibilidad\s+(?:para|de)\s+/i;

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
  // A colon followed by a space ("…: own the latency") — never the one in a time ("6:00 pm").
  const colon = tidy.search(/:\s/);
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

/** "Deep Kubernetes experience", "Strong classroom management skills": a short subject before "skills" or "experience". */
const SKILLS_SUFFIX = new RegExp(
  `^${ADJECTIVES}((?:[\\w+#./-]+\\s+){0,3}[\\w+#./-]+)\\s+(?:skills|experience|expertise|proficiency)\\b(,.*)?$`,
  'i',
);

/** A responsibility: the verbs as -ing forms for the topic, and in the past for "a time you …". */
function verbPhrase(phrase: string): TRequirementProfile {
  const own = phrase.replace(/\bour\s+/gi, '');
  return { kind: 'experience', topic: baseVerbsToGerunds(own), past: baseVerbsToPast(own) };
}

/**
 * Profiles already computed, by requirement text: classifying runs an English tagger (compromise)
 * and is asked for the same few requirements on every answer and follow-up of an interview. The
 * profile depends on the text alone, so a remembered one is the same answer; frozen, as it is shared.
 */
const known = new Map<string, Readonly<TRequirementProfile>>();
const KNOWN_LIMIT = 4_000;

/** Classifies a requirement by its wording and extracts the topic the question templates reuse. */
export function classifyRequirement(text: string): TRequirementProfile {
  let profile = known.get(text);
  if (profile === undefined) {
    profile = Object.freeze(classify(text));
    // Dropped wholesale when full: one job has at most a few hundred requirements.
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(text, profile);
  }
  return profile;
}

function classify(text: string): TRequirementProfile {
  const clean = stripEndPunctuation(text.replace(/^[-*•·]\s*/, ''));
  const condition = CONDITION_LEAD_IN.exec(clean);
  if (condition !== null && CONDITION_PATTERN.test(clean)) {
    const rest = tidyTopic(clean.slice(condition[0].length));
    return { kind: 'condition', topic: startsWithBaseVerb(rest) ? baseVerbsToGerunds(rest) : rest };
  }
  if (
    /^(?:must\s+be\s+)?(?:legally\s+)?(?:authori[sz]ed|eligible)\s+to\s+work\b|^work\s+authori[sz]ation\b/i.test(
      clean,
    )
  ) {
    return { kind: 'condition', topic: lowerFirst(tidyTopic(clean.replace(/^must\s+be\s+/i, ''))) };
  }
  if (
    CREDENTIAL_PATTERN.test(clean) &&
    !EXPERIENCE_LEAD_IN.test(clean) &&
    !KNOWLEDGE_LEAD_IN.test(clean) &&
    !YEARS_PATTERN.test(clean) &&
    !startsWithBaseVerb(clean)
  ) {
    const topic = lowerFirst(
      tidyTopic(clean.replace(/^(?:must\s+(?:have|hold)|holds?|possession\s+of)\s+/i, '')),
    );
    return { kind: 'credential', topic, ...(DEGREE_PATTERN.test(clean) ? { isDegree: true } : {}) };
  }
  const years = YEARS_PATTERN.exec(clean);
  if (years !== null) {
    const after = clean
      .slice((years.index ?? 0) + years[0].length)
      .replace(
        /^\s*(?:of\s+)?(?:(?:professional|relevant|industry|hands-on|commercial|working|practical)\s+)*(?:experience\s+)?(?:(?:of|in|with|using|as|on)\s+)?/i,
        '',
      );
    const topic = tidyTopic(after.length > 0 ? after : clean).replace(/\s+experience$/i, '');
    return { kind: 'years', topic: lowerFirst(topic), years: Number(years[1]) };
  }
  const verbLed =
    startsWithBaseVerb(clean) && !/^(?:communicate|collaborate|partner|mentor|coach)\b/i.test(clean);
  if (SOFT_PATTERN.test(clean) && findTechnologies(clean).length === 0 && !verbLed) {
    const topic = tidyTopic(clean.replace(new RegExp(`^${ADJECTIVES}`, 'i'), ''));
    return { kind: 'soft', topic: startsWithBaseVerb(topic) ? baseVerbsToGerunds(topic) : lowerFirst(topic) };
  }
  const tool = TOOL_LEAD_IN.exec(clean);
  if (tool !== null) return { kind: 'tool', topic: tidyTopic(clean.slice(tool[0].length)) };
  // After a lead-in the words keep the capitals their author gave them ("Experience with Epic").
  const knowledge = KNOWLEDGE_LEAD_IN.exec(clean);
  if (knowledge !== null) {
    const topic = tidyTopic(clean.slice(knowledge[0].length));
    return { kind: startsWithTechnology(topic) ? 'tool' : 'knowledge', topic };
  }
  const experience = EXPERIENCE_LEAD_IN.exec(clean);
  if (experience !== null) {
    const topic = tidyTopic(clean.slice(experience[0].length));
    return { kind: startsWithTechnology(topic) ? 'tool' : 'experience', topic };
  }
  const skills = SKILLS_SUFFIX.exec(clean);
  if (skills !== null) {
    const topic = tidyTopic(`${skills[1] ?? ''}${skills[2] ?? ''}`);
    return { kind: startsWithTechnology(topic) ? 'tool' : 'experience', topic: lowerFirst(topic) };
  }
  const ability = ABILITY_LEAD_IN.exec(clean);
  if (ability !== null) return verbPhrase(tidyTopic(clean.slice(ability[0].length)));
  if (startsWithBaseVerb(clean)) return verbPhrase(tidyTopic(clean));
  if (startsWithTechnology(clean) && clean.split(/\s+/).length <= 8)
    return { kind: 'tool', topic: tidyTopic(clean) };
  return { kind: 'general', topic: lowerFirst(tidyTopic(clean)) };
}
