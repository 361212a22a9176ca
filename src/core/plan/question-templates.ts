/**
 * The wording of planned questions and their rubrics, by kind of requirement. Worded the way a
 * good interviewer asks: one clear ask, then what a complete answer covers.
 */
import type { TClaim } from '../resume.js';
import { extractKeywords } from '../text/keywords.js';
import type { TRequirementProfile } from './classify-requirement.js';
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

export type TWordedQuestion = { text: string; topic: string; rubric: TRubric };

const NO_EXAMPLE_WEAK = 'No concrete example: general statements, a hypothetical, or "I don\'t know".';

function softQuestion(topic: string, requirementText: string): string {
  if (/communicat|presentation|verbal|written|explain/i.test(topic)) {
    return 'Tell me about a time you had to explain a complex technical idea to someone outside your field: how did you approach it, and how did it land?';
  }
  if (/collaborat|team|stakeholder|cross-functional|partner|product/i.test(topic)) {
    return 'Tell me about a time you worked closely with another team, such as product or design, to ship something: how did you divide the work, and how did you handle a disagreement?';
  }
  if (/lead|mentor|coach/i.test(topic)) {
    return 'Tell me about a time you helped someone on your team grow, or led a group through a difficult stretch: what did you do, and what changed?';
  }
  return `The role asks for ${lowerFirst(stripEndPunctuation(requirementText))}. Tell me about a time that mattered in your work: what was the situation, what did you do, and how did it turn out?`;
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

/** A question on one requirement, in the form a plan gives it. */
export function wordRequirementQuestion(
  profile: TRequirementProfile,
  requirementText: string,
  form: 'JD' | 'Behavioral' | 'Situational',
): TWordedQuestion {
  const { topic } = profile;
  const isGerund = startsWithGerund(topic);
  if (form === 'Situational') {
    return {
      text: `Imagine your first project here involved ${topic}. How would you approach it, and what trade-offs would you weigh?`,
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
    case 'tool':
      return {
        text: `Tell me about a recent project where you used ${topic}: what did you build, and which parts did you do yourself?`,
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
          ? `Tell me about a time you ${gerundsToPast(topic)}: what did you do, and what happened?`
          : `Tell me about your experience with ${topic}: pick one project and walk me through what you did and how it turned out.`,
        topic,
        rubric: {
          strong: `A specific time they worked on ${topic}: their own actions, the obstacles, and measurable results.`,
          adequate: 'Relevant experience, but their own part or the outcome stays general.',
          weak: NO_EXAMPLE_WEAK,
        },
      };
    case 'knowledge':
      return {
        text: isGerund
          ? `Walk me through a problem where you drew on your knowledge of ${topic}: how did you approach it, and why that approach?`
          : `Walk me through a problem where you applied ${topic}: how did you approach it, and why that approach?`,
        topic,
        rubric: {
          strong: `Explains ${topic} accurately, weighs trade-offs, and ties it to problems they solved themselves.`,
          adequate: 'A correct but general explanation, with little evidence of applying it.',
          weak: 'Vague, inaccurate, or no answer.',
        },
      };
    case 'years':
      return {
        text: `The role asks for ${lowerFirst(stripEndPunctuation(requirementText))}. Looking back over those years, what is the most demanding piece of work you've done in this area, and what was your part in it?`,
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

/** One question for several closely related requirements, when the budget is tight. */
export function wordGroupQuestion(topics: readonly string[]): TWordedQuestion {
  const distinct = withoutContainedTopics(topics);
  const topic = joinList(distinct);
  if (distinct.length === 1) {
    return {
      text: `Tell me about your work on ${topic}: what did you do, and what happened?`,
      topic,
      rubric: {
        strong: `A specific piece of work on ${topic}: their own actions, the obstacles, and measurable results.`,
        adequate: 'Relevant experience, but their own part or the outcome stays general.',
        weak: NO_EXAMPLE_WEAK,
      },
    };
  }
  // "on A, and on B": each topic may itself contain "and", so each gets its own "on".
  const areas = joinList(distinct.map((each) => `on ${each}`));
  return {
    text: `Tell me about your work ${areas}: an example of each if you can, what you did, and what happened.`,
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
  const text = stripEndPunctuation(claim.text);
  const rubric: TRubric = {
    strong:
      'Describes their own part in this concretely (decisions, tools, obstacles and results), consistent with the resume.',
    adequate: 'Confirms the work with some detail, but their own contribution or the outcome stays unclear.',
    weak: 'Cannot describe the work concretely, describes only what others did, or contradicts the resume.',
  };
  const title = typeof claim.details.title === 'string' ? claim.details.title : undefined;
  const organisation =
    typeof claim.details.organisation === 'string' ? claim.details.organisation : undefined;
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
