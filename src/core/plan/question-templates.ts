/**
 * The wording of planned questions and their rubrics, by kind of requirement. Worded the way a
 * good interviewer asks: one clear ask, then what a complete answer covers.
 */
import type { TClaim } from '../resume.js';
import { extractKeywords } from '../text/keywords.js';
import type { TRequirementProfile } from './classify-requirement.js';
import { endAtPhraseBoundary } from './end-at-phrase-boundary.js';
import {
  gerundsToPast,
  joinList,
  lowerFirst,
  startsWithGerund,
  startsWithPastVerb,
  stripEndPunctuation,
} from './english.js';
import type { TRubric } from './interview-plan.js';
import { matchKey } from './match-claims.js';
import { normaliseResumeText } from './normalise-resume-text.js';

export type TWordedQuestion = { text: string; topic: string; rubric: TRubric };

const NO_EXAMPLE_WEAK = 'No concrete example: general statements, a hypothetical, or "I don\'t know".';

function softQuestion(topic: string, requirementText: string): string {
  if (/communicat|presentation|verbal|written|explain/i.test(topic)) {
    return "Tell me about a time you had to explain something complicated to someone who didn't share your background: how did you approach it, and how did it land?";
  }
  if (/collaborat|team|stakeholder|cross-functional|partner|product/i.test(topic)) {
    return 'Tell me about a time you worked closely with people from another team or profession to get something done: how did you divide the work, and how did you handle a disagreement?';
  }
  if (/lead|mentor|coach/i.test(topic)) {
    return 'Tell me about a time you helped someone on your team grow, or led a group through a difficult stretch: what did you do, and what changed?';
  }
  return `The role asks for ${lowerFirst(stripEndPunctuation(requirementText))}. Tell me about a time that mattered in your work: what was the situation, what did you do, and how did it turn out?`;
}

/** At most this many words in a planned question: one a person can hold in mind. */
export const MAX_QUESTION_WORDS = 50;

export function countQuestionWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A preposition that opens a trailing phrase a topic can lose ("… during rounds", "… per shift"). */
const TRAILING_PREPOSITION =
  /^(?:during|in|on|at|for|across|within|under|per|of|to|from|via|through|with|about)$/i;
/** A trailing condition that adds nothing to the topic ("… when needed", "… as required"). */
const TRAILING_CONDITION =
  /\s+(?:when|where|as|if|whenever)\s+(?:needed|required|appropriate|necessary|possible|assigned|directed|applicable)\b.*$/i;

/**
 * A topic made shorter by one step, always at a phrase boundary (endAtPhraseBoundary: never on a
 * conjunction, a preposition, a dangling verb or adjective): its parenthetical asides go, then a
 * trailing condition ("… when needed"), then a trailing clause after a comma ("…, following the
 * five rights"), then a trailing prepositional phrase, then the last part joined by "and" or "or"
 * past four words. Unchanged when no cut leaves a whole phrase.
 */
export function shortenTopic(topic: string): string {
  const withoutAsides = topic.replace(/\s*\([^()]*\)/g, '').trim();
  if (withoutAsides !== topic && withoutAsides.length > 0) return withoutAsides;
  const withoutCondition = topic.replace(TRAILING_CONDITION, '').trim();
  if (withoutCondition !== topic && withoutCondition.length > 0) return withoutCondition;
  const clause =
    /,\s+(?:following|including|such|especially|ideally|preferably|particularly|using|while|with|within|in|to|from|as|so|according|e\.g\.|i\.e\.)\b.*$/i;
  const words = topic.split(/\s+/);
  const whole = (end: number) => endAtPhraseBoundary(words.slice(0, end))?.join(' ');
  if (clause.test(topic)) {
    const kept = whole(topic.replace(clause, '').trim().split(/\s+/).length);
    if (kept !== undefined) return kept;
  }
  // A trailing prepositional phrase ("… during interdisciplinary rounds", "… to the charge nurse").
  for (let index = words.length - 1; index >= 4; index--) {
    if (!TRAILING_PREPOSITION.test(words[index] ?? '')) continue;
    const kept = whole(index);
    if (kept !== undefined) return kept;
  }
  // What follows the last "and" or "or" that joins two whole phrases.
  for (let index = words.length - 1; index >= 4; index--) {
    if (!/^(?:and|or)$/i.test(words[index] ?? '')) continue;
    const kept = whole(index);
    if (kept !== undefined) return kept;
  }
  return topic;
}

/** Words a question from its topics, shortening the longest topic until it fits the word limit. */
function fitToWords(topics: readonly string[], word: (topics: string[]) => string): [string, string[]] {
  const current = [...topics];
  for (let attempt = 0; attempt < 12; attempt++) {
    const text = word(current);
    if (countQuestionWords(text) <= MAX_QUESTION_WORDS) return [text, current];
    let longest = 0;
    current.forEach((topic, index) => {
      if (countQuestionWords(topic) > countQuestionWords(current[longest] ?? '')) longest = index;
    });
    const shorter = shortenTopic(current[longest] ?? '');
    if (shorter === current[longest]) break;
    current[longest] = shorter;
  }
  return [word(current), current];
}

/** "a current Oregon RN license", "an ACLS certification", "BLS and ACLS certifications" as they come. */
/** "a current, unencumbered RN license" after "Do you currently hold": "an unencumbered RN license". */
function withoutCurrent(held: string): string {
  return held
    .replace(/^(?:a|an)\s+current(?:ly\s+valid)?,?\s+(?=(\p{L}))/iu, (_match, next: string) =>
      /^[aeiou]/i.test(next) ? 'an ' : 'a ',
    )
    .replace(/^current(?:ly\s+valid)?,?\s+/i, '');
}

export function withArticle(topic: string): string {
  if (/^(?:a|an|the|your|any)\s/i.test(topic)) return topic;
  // "valid driver's license and clean driving record": the first of two things gets its own article.
  const [first, ...rest] = topic.split(/\s+and\s+/);
  if (rest.length > 0 && first !== undefined && !/\s(?:from|in|of|for|with)\s/.test(first)) {
    const articled = withArticle(first);
    if (articled !== first) return [articled, ...rest].join(' and ');
  }
  const head = topic.split(/\s+(?:from|in|of|for|with|issued|by)\s+|\s*\(/)[0] ?? topic;
  if (/\band\b|s$/i.test(head.trim()) && !/\b(?:bachelor|master|associate)'s$/i.test(head.trim()))
    return topic;
  if (
    !/(?:licen[cs]e|certificat(?:e|ion)|registration|degree|diploma|permit|card|BSN|ADN|MSN|CDL)$/i.test(
      head.trim(),
    )
  )
    return topic;
  const vowelSound = /^(?:[aeio]|u(?!ni|s)|[AEFHILMNORSX](?:[A-Z]|$))/.test(topic);
  return `${vowelSound ? 'an' : 'a'} ${topic}`;
}

const BEHAVIORAL_RUBRIC: TRubric = {
  strong:
    'A specific situation, what they did themselves, how it turned out (with numbers where they apply), and what they learned.',
  adequate: 'A real example, but their own part or the outcome stays vague.',
  weak: 'Only hypotheticals or generalities; no real example, or someone else did the work.',
};

function situationalRubric(topic: string): TRubric {
  return {
    strong: `A structured approach to ${topic}: clarifies the goal and constraints, weighs concrete options and trade-offs, says how they would measure success, and draws on work they have done.`,
    adequate:
      'A reasonable approach, but generic: few concrete techniques, trade-offs or ways to measure success.',
    weak: 'No approach, buzzwords only, or "I don\'t know".',
  };
}

/** A question on one requirement, in the form a plan gives it, in at most MAX_QUESTION_WORDS words. */
export function wordRequirementQuestion(
  profile: TRequirementProfile,
  requirementText: string,
  form: 'JD' | 'Behavioral' | 'Situational',
): TWordedQuestion {
  let worded = wordOneRequirement(profile, requirementText, form);
  let current = { profile, requirementText };
  for (let attempt = 0; attempt < 8 && countQuestionWords(worded.text) > MAX_QUESTION_WORDS; attempt++) {
    const topic = shortenTopic(current.profile.topic);
    const text = shortenTopic(stripEndPunctuation(current.requirementText));
    if (topic === current.profile.topic && text === current.requirementText) break;
    current = { profile: { ...current.profile, topic }, requirementText: text };
    worded = wordOneRequirement(current.profile, current.requirementText, form);
  }
  return worded;
}

function wordOneRequirement(
  profile: TRequirementProfile,
  requirementText: string,
  form: 'JD' | 'Behavioral' | 'Situational',
): TWordedQuestion {
  const { topic } = profile;
  const isGerund = startsWithGerund(topic);
  if (form === 'Situational') {
    return {
      text: `Imagine that in your first weeks here you were responsible for ${topic}. How would you approach it, and what would you weigh up?`,
      topic,
      rubric: situationalRubric(topic),
    };
  }
  if (form === 'Behavioral') {
    if (profile.kind === 'soft')
      return { text: softQuestion(topic, requirementText), topic, rubric: BEHAVIORAL_RUBRIC };
    const text = isGerund
      ? `Tell me about the hardest time you had ${topic}: what made it hard, what did you do, and how did it turn out?`
      : `Tell me about the hardest problem you've faced with ${topic}: what made it hard, what did you do, and how did it turn out?`;
    return { text, topic, rubric: BEHAVIORAL_RUBRIC };
  }
  switch (profile.kind) {
    case 'credential': {
      const held = withArticle(topic);
      // "Admitted to the bar", "Registered with …": a status the candidate is in, not a thing held.
      if (/^(?:admitted|registered|licensed|certified|board-certified|bonded|insured)\b/i.test(topic)) {
        return {
          text: `Are you ${lowerFirst(topic)}? Tell me about a recent time it mattered in your work: what was the situation, and what did you do?`,
          topic,
          rubric: {
            strong: `Confirms being ${lowerFirst(topic)} plainly (where and since when) and describes recent work that relies on it.`,
            adequate: 'Confirms it, with little on how it matters in their work.',
            weak: 'Is not, or is vague about whether they are.',
          },
        };
      }
      return {
        text: profile.isDegree
          ? `Do you have ${held}, or equivalent training? What from it do you draw on most in your work?`
          : `Do you currently hold ${withoutCurrent(held)}? Tell me about a recent time you relied on it in your work: what was the situation, and what did you do?`,
        topic,
        rubric: {
          strong: `Confirms ${held} plainly (what, where and since when) and describes recent work that relies on it.`,
          adequate: 'Confirms it, with little on how it is used in their work.',
          weak: 'Does not hold it, is vague about whether they do, or cannot say how it applies.',
        },
      };
    }
    case 'condition':
      return {
        text: `The role involves ${topic}. Does that work for you, and how have you managed something similar before?`,
        topic,
        rubric: {
          strong: 'A clear yes (or a clear limit) and a concrete account of managing the same demand before.',
          adequate: 'A clear answer with little on past experience of it.',
          weak: 'Unclear whether they can meet it.',
        },
      };
    case 'tool':
      return {
        text: `Tell me about recent work where you used ${topic}: what was it for, and which parts did you do yourself?`,
        topic,
        rubric: {
          strong: `Names real work done with ${topic}: what they built themselves, why they chose their approach, and the results.`,
          adequate: `Has used ${topic} on real work and can say what for, but gives little detail of their own part or the results.`,
          weak: 'Only lists the tools, stays general, or cannot describe work done with them.',
        },
      };
    case 'experience':
      return {
        text: isGerund
          ? `Tell me about a time you ${profile.past ?? gerundsToPast(topic)}: what did you do, and what happened?`
          : `Tell me about your experience with ${topic}: pick one example and walk me through what you did and how it turned out.`,
        topic,
        rubric: {
          strong: `A specific time they worked on ${topic}: their own actions, the obstacles, and measurable results.`,
          adequate: 'Relevant experience, but their own part or the outcome stays general.',
          weak: NO_EXAMPLE_WEAK,
        },
      };
    case 'knowledge':
      return {
        text: `Walk me through a problem where you drew on your knowledge of ${topic}: how did you approach it, and why that approach?`,
        topic,
        rubric: {
          strong: `Explains ${topic} accurately, weighs trade-offs, and ties it to problems they solved themselves.`,
          adequate: 'A correct but general explanation, with little evidence of applying it.',
          weak: 'Vague, inaccurate, or no answer.',
        },
      };
    case 'years':
      return {
        text: `The role asks for ${lowerFirst(stripEndPunctuation(requirementText))}. How many years of it do you have, and what is the most demanding piece of work from that time? What was your own part in it?`,
        topic,
        rubric: {
          strong:
            'Depth that matches the years asked for: increasingly complex work, their own decisions, and results.',
          adequate: 'The years are plausible, but the examples are thin or mostly someone else’s work.',
          weak: 'Cannot point to substantial work in the area, or the account does not fit the years claimed.',
        },
      };
    case 'soft':
      return { text: softQuestion(topic, requirementText), topic, rubric: BEHAVIORAL_RUBRIC };
    case 'general':
      return {
        text: `The role asks for ${lowerFirst(stripEndPunctuation(requirementText))}. How does your background match that, and what from it do you use most in your work?`,
        topic,
        rubric: {
          strong:
            'Shows clearly and concretely how their background meets the requirement, with examples from their work.',
          adequate: 'Meets the requirement on paper, with little concrete detail.',
          weak: 'Does not meet the requirement, or cannot say how they do.',
        },
      };
    default: {
      const unreachable: never = profile.kind;
      throw new Error(`unknown requirement kind ${String(unreachable)}`);
    }
  }
}

function topicWords(topic: string): Set<string> {
  return new Set(extractKeywords(topic).map(matchKey));
}

/** Drops a topic another one already covers ("deploying models" beside "deploying models and monitoring them"). */
function withoutContainedTopics(topics: readonly string[]): string[] {
  const words = topics.map(topicWords);
  return topics.filter((_, index) => {
    const mine = words[index] ?? new Set<string>();
    return !words.some((other, otherIndex) => {
      if (otherIndex === index || mine.size > other.size) return false;
      // Of two topics with the same words, the first one stays.
      if (mine.size === other.size && otherIndex > index) return false;
      return [...mine].every((word) => other.has(word));
    });
  });
}

/** Words each topic of a question on several keeps at most, where it can be shortened. */
const GROUP_TOPIC_WORDS = 9;

/** "A and B", or "A, and B" when A has its own "and". */
function joinTwo(topics: readonly string[]): string {
  if (topics.length === 2 && / and /.test(topics[0] ?? '')) return `${topics[0]}, and ${topics[1]}`;
  return joinList(topics);
}

/** How a topic follows "your experience": a gerund as it is, a skill as "your …", anything else after "with". */
function experienceWith(topic: string): string {
  if (startsWithGerund(topic)) return topic;
  // "communication skills" is had, not worked with: "…, and your communication skills".
  if (/\b(?:skills?|abilit(?:y|ies))$/i.test(topic) && !/^(?:a|an|the|your)\s/i.test(topic))
    return `your ${topic}`;
  return `with ${topic}`;
}

/**
 * One question for several closely related requirements, when the budget is tight. Licences and
 * certifications are asked together as such; anything else as "your experience A and with B".
 */
export function wordGroupQuestion(
  members: readonly (string | Pick<TRequirementProfile, 'kind' | 'topic'>)[],
): TWordedQuestion {
  const profiles = members.map((member) =>
    typeof member === 'string' ? { kind: 'experience' as const, topic: member } : member,
  );
  // In a question on two things, each is named briefly, so the two stay distinct.
  const brief = (topic: string) => {
    let short = topic;
    for (let step = 0; step < 4 && countQuestionWords(short) > GROUP_TOPIC_WORDS; step++) {
      const next = shortenTopic(short);
      if (next === short) break;
      short = next;
    }
    return short;
  };
  const named = profiles.map((profile) => profile.topic);
  const kept = withoutContainedTopics(named);
  const distinct = kept.length > 1 ? kept.map(brief) : kept;
  if (distinct.length > 1 && profiles.every((profile) => profile.kind === 'credential')) {
    const [text, fitted] = fitToWords(distinct, (topics) => {
      return `Do you currently hold ${joinList(topics.map((topic) => withoutCurrent(withArticle(topic))))}? Tell me about a recent time you relied on one of them in your work.`;
    });
    const topic = joinList(fitted);
    return {
      text,
      topic,
      rubric: {
        strong: `Confirms each of ${topic} plainly and describes recent work that relies on them.`,
        adequate: 'Confirms them, with little on how they are used in their work.',
        weak: 'Does not hold them, or is vague about whether they do.',
      },
    };
  }
  if (distinct.length === 1) {
    const [text, fitted] = fitToWords(distinct, (topics) => {
      return `Tell me about your experience ${experienceWith(topics[0] ?? '')}: what did you do, and what happened?`;
    });
    const topic = fitted[0] ?? '';
    return {
      text,
      topic,
      rubric: {
        strong: `A specific piece of work on ${topic}: their own actions, the obstacles, and measurable results.`,
        adequate: 'Relevant experience, but their own part or the outcome stays general.',
        weak: NO_EXAMPLE_WEAK,
      },
    };
  }
  const [text, fitted] = fitToWords(distinct, (topics) => {
    const areas = joinTwo(topics.map(experienceWith));
    return `Tell me about your experience ${areas}: one example of each, what you did, and how it turned out.`;
  });
  const topic = joinList(fitted);
  return {
    text,
    topic,
    rubric: {
      strong: `Concrete examples that cover ${topic}, with their own actions and results.`,
      adequate: 'Covers some of these concretely and the rest only in general terms.',
      weak: 'General statements only, or most of the topics left unaddressed.',
    },
  };
}

function quoteClaim(text: string): string {
  return `"${stripEndPunctuation(text)}"`;
}

/** A "Resume" question: the candidate's own account of what the resume claims. */
export function wordClaimQuestion(claim: TClaim): TWordedQuestion {
  const text = stripEndPunctuation(normaliseResumeText(claim.text));
  const rubric: TRubric = {
    strong:
      'Describes their own part in this concretely (decisions, tools, obstacles and results), consistent with the resume.',
    adequate: 'Confirms the work with some detail, but their own contribution or the outcome stays unclear.',
    weak: 'Cannot describe the work concretely, describes only what others did, or contradicts the resume.',
  };
  const title =
    typeof claim.details.title === 'string' ? normaliseResumeText(claim.details.title) : undefined;
  const organisation =
    typeof claim.details.organisation === 'string'
      ? normaliseResumeText(claim.details.organisation)
      : undefined;
  if (claim.kind === 'role' && title !== undefined) {
    const where = organisation === undefined ? '' : ` at ${organisation}`;
    return {
      text: `Your resume lists your role as ${title}${where}. What is the piece of work there you are proudest of, and what was your own part in it?`,
      topic: `your work as ${title}${where}`,
      rubric,
    };
  }
  if (startsWithPastVerb(text)) {
    // "Deployed X; migrated Y" reads as one sentence: "you deployed X and migrated Y".
    const clauses = text.split(/;\s+/);
    const joined = clauses.every(startsWithPastVerb) ? joinList(clauses.map(lowerFirst)) : text;
    return {
      text: `Your resume says you ${lowerFirst(joined)}. Walk me through your part in it: what did you do yourself, and what came of it?`,
      topic: text,
      rubric,
    };
  }
  if (claim.kind === 'experience_years' && /^\d/.test(text)) {
    return {
      text: `Your resume mentions ${text}. Which project from those years shows it best, and what was your part in it?`,
      topic: text,
      rubric,
    };
  }
  return {
    text: `Your resume says ${quoteClaim(text)}. Walk me through your part in it: what did you do yourself, and what came of it?`,
    topic: text,
    rubric,
  };
}

/** When a job gives nothing to ask about: one open question about the candidate's own work. */
export function wordOpenQuestion(): TWordedQuestion {
  return {
    text: "Tell me about a piece of work you're proud of: what was your part in it, and how did it turn out?",
    topic: 'a piece of work you are proud of',
    rubric: BEHAVIORAL_RUBRIC,
  };
}
