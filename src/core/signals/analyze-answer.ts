import { findTechnologies } from '../text/find-technologies.js';
import { extractKeywords } from '../text/keywords.js';
import { findInstructionLikeText } from './find-instruction-like-text.js';
import type { TAnswerSignals } from './signals.js';

export type TAnalyzeAnswerInput = {
  turn: number;
  turnId: string;
  question: string;
  answer: string;
  /** Keywords of what the question tests: its requirements' and claims' keywords. */
  contextKeywords: readonly string[];
};

/** Phrases that say "I can't answer this". Apostrophes optional: typing style is never judged. */
const NON_ANSWER_PATTERN =
  /\b(i\s*(?:do\s*n[o']?t|dont|don't|have\s*no|havent|haven't|am\s*not|'m\s*not|m\s*not)\s*(?:really\s*)?(?:know|idea|sure|familiar|experience|done|worked)|no\s+idea|not\s+sure|no\s+clue|can'?t\s+(?:answer|say|recall|remember)|cannot\s+(?:answer|say)|never\s+(?:done|heard|worked)|no\s+experience|im\s+not\s+sure|not\s+familiar)\b/gi;

const SKIP_PATTERN = /\b(skip|pass)\b/i;

const HEDGE_PATTERN =
  /\b(not\s+sure|i\s+think|i\s+guess|maybe|perhaps|probably|possibly|kind\s+of|sort\s+of|i\s+believe|something\s+like|as\s+such|more\s+or\s+less|i\s+suppose)\b/gi;

/** Numbers with what they count: "40%", "2 hours", "3x", "1,200 requests", "$40k". */
const NUMBER_PATTERN =
  /(?:[$€£]\s?)?(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)*\s?(?:%|percent|x\b|×|ms\b|s\b|sec(?:ond)?s?\b|min(?:ute)?s?\b|hours?|days?|weeks?|months?|years?|k\b|m\b|bn\b|gb\b|mb\b|tb\b|users?|customers?|requests?|qps|rps|services?|servers?|people|engineers?|times)?/gi;

const NUMBER_WORD_PATTERN =
  /\b(halved|doubled|tripled|twice\s+as|half\s+the|by\s+half|ten\s*fold|\d+\s*-?\s*fold|an?\s+order\s+of\s+magnitude)\b/gi;

const IMPACT_PATTERN =
  /\b(reduc\w*|cut|improv\w*|increas\w*|decreas\w*|sav\w*|faster|slower|lower\w*|higher|down|up|drop\w*|grew|grow\w*|rais\w*|boost\w*|latency|throughput|cost\w*|revenue|accuracy|error\s+rate|uptime|from\s+\S+\s+to|went\s+from|resulted|led\s+to|impact\w*)\b/i;

/**
 * Verbs of doing, in past and base form: "I replace" is as much a first-hand action as
 * "I replaced" (tense is grammar, and grammar is never judged).
 */
const ACTION_VERBS =
  `built build led lead wrote write designed design implemented implement deployed deploy shipped ship
migrated migrate reduced reduce cut improved improve created create developed develop ran run owned own introduced introduce
trained train fine-tuned fine-tune tuned tune optimized optimize optimised optimise quantized quantize pruned prune distilled
distill profiled profile measured measure benchmarked benchmark rewrote rewrite refactored refactor launched launch managed
manage automated automate debugged debug fixed fix replaced replace moved move set scaled scale used use applied apply
tested test added add removed remove chose choose decided decide worked work handled handle mentored mentor negotiated
negotiate delivered deliver analyzed analyze analysed analyse investigated investigate monitored monitor configured configure
integrated integrate published publish presented present cleaned clean collected collect labelled label labeled evaluated
evaluate did do made make had took take started start helped help learned learn found find noticed notice spent spend
switched switch wrote added split partitioned partition indexed index rolled roll paged page traced trace`
    .split(/\s+/)
    .filter((verb) => verb.length > 0);

const FIRST_PERSON_ACTION_PATTERN = new RegExp(
  `\\b(?:i|we|i've|we've|ive|i'd|my\\s+team|our\\s+team)\\s+(?:(?:also|then|first|personally|actually|eventually|later|once|have|had|did)\\s+)?(?:${[...new Set(ACTION_VERBS)].join('|')})\\b`,
  'gi',
);

const QUANTIFY_QUESTION_PATTERN =
  /\b(quantif\w*|how\s+much|how\s+many|measurable|measured|metrics?|by\s+how|what\s+numbers|percentage|how\s+long\s+did|how\s+fast)\b/i;

const EXAMPLE_QUESTION_PATTERN =
  /\b(specific\s+(example|time|case|situation|project|instance|task)|an?\s+example|a\s+time\s+(when|you)|tell\s+me\s+about|walk\s+me\s+through|describe\s+(a|an|the)\s+(time|situation|project|case)|you'?ve\s+used|you\s+have\s+used|in\s+your\s+(experience|work|role|last|current|previous)|have\s+you\s+(ever\s+)?(used|built|worked|led|done))\b/i;

const EXAMPLE_MARKER_PATTERN =
  /\b(for\s+example|for\s+instance|e\.g\.|such\s+as|imagine|consider|in\s+one\s+case|one\s+time|once\s+(?:we|i)|at\s+my\s+(?:last|previous|current)\s+(?:job|role|company)|in\s+my\s+(?:last|previous|current)\s+(?:job|role|project|team)|the\s+task:|the\s+project:|when\s+i\s+was)\b/i;

function matchesOf(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[0].trim();
    if (value.length > 0 && !found.includes(value)) found.push(value);
  }
  return found;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const UNIT_FAMILIES: ReadonlyArray<[string, RegExp]> = [
  ['time', /(ms|s|sec(ond)?s?|min(ute)?s?|hours?|days?|weeks?|months?)$/i],
  ['share', /(%|percent)$/i],
  ['money', /^[$€£]/],
  ['count', /(users?|customers?|requests?|qps|rps|services?|people|engineers?|servers?)$/i],
];

/**
 * A number counts as a measured result when an impact word stands within a few words of it, or
 * when two figures of the same kind are compared ("took 3 hours … now 25 minutes").
 */
function findQuantifiedResults(text: string): boolean {
  if (NUMBER_WORD_PATTERN.test(text)) {
    NUMBER_WORD_PATTERN.lastIndex = 0;
    return true;
  }
  const families = new Map<string, number>();
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const value = match[0].trim();
    const family = UNIT_FAMILIES.find(([, pattern]) => pattern.test(value))?.[0];
    if (family && /\d/.test(value)) families.set(family, (families.get(family) ?? 0) + 1);
  }
  if ([...families.values()].some((count) => count >= 2)) return true;
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const value = match[0].trim();
    if (!/\d/.test(value)) continue;
    if (/%|percent|x$|×|ms$|fold/i.test(value)) return true;
    const start = match.index ?? 0;
    // "a 100-page report", "a 3-person team": a number inside a compound describes, it does not measure.
    if (/^-[A-Za-z]/.test(text.slice(start + match[0].length))) continue;
    const window = text.slice(Math.max(0, start - 40), start + value.length + 40);
    if (IMPACT_PATTERN.test(window)) return true;
  }
  return false;
}

/**
 * What one answer shows, measured without a model. Fairness: nothing here looks at grammar,
 * spelling or fluency — an answer in plain or non-native English with concrete content scores
 * exactly as high as a polished one.
 */
export function analyzeAnswer(input: TAnalyzeAnswerInput): TAnswerSignals {
  const answer = input.answer.trim();
  const instructionLike = findInstructionLikeText(answer);
  // Instructions aimed at the evaluator are flagged elsewhere; they never count as substance.
  let substance = answer;
  for (const sentence of instructionLike) substance = substance.replace(sentence, ' ');
  substance = substance.trim();

  const wordCount = countWords(substance);
  const nonAnswerPhrases = matchesOf(substance, NON_ANSWER_PATTERN);
  let remainder = substance;
  for (const phrase of nonAnswerPhrases) remainder = remainder.replace(phrase, ' ');
  const remainderKeywords = extractKeywords(remainder);
  const isSkip = wordCount > 0 && wordCount <= 8 && SKIP_PATTERN.test(substance);
  const isNonAnswer =
    wordCount === 0 ||
    isSkip ||
    (nonAnswerPhrases.length > 0 && remainderKeywords.length === 0) ||
    (wordCount <= 2 && remainderKeywords.length === 0);

  const hedges = matchesOf(substance, HEDGE_PATTERN);
  const numbers = matchesOf(substance, NUMBER_PATTERN).filter((value) => /\d/.test(value));
  const tools = findTechnologies(substance);
  const firstPersonActions = matchesOf(substance, FIRST_PERSON_ACTION_PATTERN);
  const quantified = !isNonAnswer && findQuantifiedResults(substance);

  const askedToQuantify = QUANTIFY_QUESTION_PATTERN.test(input.question);
  const askedForExample = EXAMPLE_QUESTION_PATTERN.test(input.question);
  const answerKeywords = extractKeywords(substance);
  const topic = new Set([...extractKeywords(input.question), ...input.contextKeywords]);
  const hits = answerKeywords.filter((word) => topic.has(word)).length;
  const relevance = isNonAnswer ? 0 : Math.min(1, hits / 3);

  // An own example is anchored in something concrete: a figure, a named tool, a named place or
  // team ("at Fernhill"), the topic's own vocabulary, or enough detail to be more than a generality.
  const isAnchored =
    numbers.length > 0 ||
    tools.length > 0 ||
    /\b(?:at|in|for|with)\s+(?:the\s+)?[A-Z][\w-]+/.test(substance) ||
    wordCount >= 30 ||
    relevance >= 0.67;
  const gaveExample =
    !isNonAnswer &&
    ((firstPersonActions.length > 0 && wordCount >= 12 && isAnchored) ||
      (EXAMPLE_MARKER_PATTERN.test(substance) && wordCount >= 15));

  const specificity = isNonAnswer
    ? 0
    : Math.min(
        1,
        (quantified ? 0.3 : numbers.length > 0 ? 0.1 : 0) +
          Math.min(tools.length, 3) * 0.1 +
          Math.min(firstPersonActions.length, 2) * 0.15 +
          (gaveExample ? 0.1 : 0) +
          (wordCount >= 80 ? 0.15 : wordCount >= 40 ? 0.1 : wordCount >= 20 ? 0.05 : 0),
      );

  // A probe for numbers or an example is answered by numbers or an example, whatever its words.
  const isOnTopic = relevance > 0 || (askedToQuantify && quantified) || (askedForExample && gaveExample);
  const addressesQuestion =
    !isNonAnswer && isOnTopic && (!askedToQuantify || quantified) && (!askedForExample || gaveExample);

  return {
    turn: input.turn,
    turnId: input.turnId,
    wordCount,
    isNonAnswer,
    isSkip,
    hedges,
    numbers,
    tools,
    firstPersonActions,
    specificity: Math.round(specificity * 100) / 100,
    askedToQuantify,
    quantified,
    askedForExample,
    gaveExample,
    relevance: Math.round(relevance * 100) / 100,
    addressesQuestion,
    instructionLike,
  };
}
