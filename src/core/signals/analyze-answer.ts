import {
  contentLemmas,
  namesOf,
  numbersOf,
  readAnswer,
  type TSentenceReading,
} from '../reading/read-answer.js';
import { findInstructionLikeText } from './find-instruction-like-text.js';
import type { TAnswerSignals } from './signals.js';

export type TAnalyzeAnswerInput = {
  turn: number;
  turnId: string;
  question: string;
  answer: string;
  /** What the question tests, in words: its requirements' and resume claims' text, its topic. */
  topicText: string;
  /** Lemmas of the job description and the resume: the domain's vocabulary (computed once per interview). */
  domainLemmas?: ReadonlySet<string>;
  /** Names the job and the resume write as names, in lower case (namesOf; computed once per interview). */
  domainNames?: ReadonlySet<string>;
};

const QUANTIFY_QUESTION =
  /\b(quantif\w*|how\s+much|how\s+many|measurable|measured|metrics?|by\s+how|what\s+numbers|percentage|how\s+long\s+did|how\s+fast|what\s+(?:was|were)\s+the\s+(?:measurable\s+)?(?:result|impact|number)s?|come\s+out\s+to)\b/i;
const EXAMPLE_QUESTION =
  /\b(specific\s+(?:example|time|case|situation|project|instance|task|deal|lesson)|an?\s+example|a\s+time\s+(?:when|you)|one\s+(?:specific|particular)|walk\s+me\s+through\s+(?:one|a|an|the)\s+(?:specific|recent|particular)?|(?:a|one)\s+(?:recent|particular)\s+\w+|what\s+happened|tell\s+me\s+about\s+(?:a|one)\s+(?:time|deal|project|case|situation|lesson|service|mistake|agent|negotiation)|give\s+me\s+an?\s+example|what\s+did\s+you\s+(?:do|find|change|look\s+at)\s+last)\b/i;
/** Words that introduce a worked example. */
const EXAMPLE_MARKER =
  /\b(?:for\s+example|for\s+instance|e\.g\.|imagine|consider|in\s+one\s+case|one\s+time|the\s+task:|the\s+project:|por\s+ejemplo|par\s+exemple|zum\s+beispiel)\b/iu;
/** A warm-up about the candidate's role or team: the answer sets context, it cannot show mastery. */
const CONTEXT_QUESTION =
  /\b(?:tell\s+me\s+about|describe|what\s+does)\s+(?:your|a\s+typical)\s+(?:current\s+)?(?:role|job|team|position|background|week|day)\b|\btell\s+me\s+about\s+(?:the\s+team\s+you|yourself)|\byour\s+current\s+role\b|what\s+does\s+a\s+typical\s+\w+\s+look\s+like/i;
/** A question that asks what the candidate would do in place of what they have done. */
const HYPOTHETICAL_QUESTION =
  /\bif\s+you\s+(?:had|were|have)\s+to\b[^?]*\byourself\b|\bif\s+you\s+had\s+to\b/i;
/** Words of any question that say nothing of its subject. */
const GENERIC_QUESTION_WORDS = new Set(
  'tell walk describe give example time happen happened make take think know work experience way thing specific'.split(
    ' ',
  ),
);
/** Words by which a candidate says the work was not theirs. */
const DISOWNING =
  /wasn['’]?t\s+(?:really\s+)?(?:the\s+|involved|part)|['’]s\s+(?:deal|project|account|work|idea)|not\s+(?:really\s+)?involved/iu;
/** A bare no: "No.", "Honestly, no.", "not really", "never used it for real". */
const NEGATIVE_REPLY =
  /^\W*(?:(?:honestly|well|so|um+|uh+|sadly|to\s+be\s+honest|tbh)[\s,—–.-]*)*(?:no(?:pe)?\b|not\s+(?:really|much|yet)\b|never\b|nunca\b|jamais\b|nie\b|pas\s+vraiment)/iu;
/** A question that asks for a yes or no: "Does that work for you?", "Are you available…?" */
const YES_NO_QUESTION =
  /(?:^|[.?!—]\s+)(?:does|do|are|is|can|will|would|could)\s+(?!you\s+(?:describe|tell|give|walk|explain|elaborate|talk|share|say|take|think\s+of))[^?]*\?\s*$|how\s+do\s+you\s+feel\s+about\s+that\?/i;
const YES_OPENING =
  /^\W*(?:yes|yeah|yep|sure|absolutely|definitely|of\s+course|fine|happy\s+to|sí|oui|ja)\b/iu;
/** Words that anchor a story in time: "last Tuesday", "once", "a Saturday in December", "in 2019". */
const TIME_ANCHOR =
  /\b(?:last\s+(?:week|month|year|season|spring|summer|autumn|fall|winter|quarter|tuesday|monday|wednesday|thursday|friday|saturday|sunday|black\s+friday)|yesterday|once|one\s+time|earlier\s+this\s+year|this\s+year|a\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in|since)\s+(?:19|20)\d\d|after\s+that|when\s+i\s+(?:was|started|joined)|el\s+año\s+pasado|una\s+vez|l['’]année\s+dernière|une\s+fois|letztes\s+jahr|einmal)\b/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Blanks out flagged spans (offsets kept) so that the rest of the answer is read on its merits. */
function withoutSpans(text: string, spans: readonly string[]): string {
  let result = text;
  for (const span of spans) {
    const at = result.indexOf(span);
    if (at >= 0) result = result.slice(0, at) + ' '.repeat(span.length) + result.slice(at + span.length);
  }
  return result;
}

/** A Markdown heading or a title-case label line: its capitals are styling, not names. */
function isHeading(sentence: TSentenceReading): boolean {
  const text = sentence.text;
  if (/^#{1,6}\s/.test(text)) return true;
  const words = text
    .replace(/^[\d.)\s*-]+/, '')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 2 && words.length <= 8 && !/[.!?]$/.test(text) && capitalised / words.length >= 0.6;
}

/**
 * What one answer shows, measured without a model, from a close reading of it (readAnswer):
 * what it denies, whose work it describes, what in it is concrete and whether that is what was
 * asked. Fairness: grammar, spelling, fluency and the answer's language are never judged — "i
 * dont build the schedule" and "I do not build the schedule" read the same, and an answer in
 * Spanish is read for its numbers, names and actions.
 */
export function analyzeAnswer(input: TAnalyzeAnswerInput): TAnswerSignals {
  const answer = input.answer;
  const instructionLike = findInstructionLikeText(answer);
  // Instructions aimed at the evaluator are flagged elsewhere; they never count as substance.
  const substance = withoutSpans(answer, instructionLike);
  const topicLemmas = new Set(contentLemmas(`${input.question}\n${input.topicText}`));
  const reading = readAnswer(substance, {
    topicLemmas,
    domainLemmas: input.domainLemmas ?? new Set(),
    questionNumbers: numbersOf(input.question),
    names: new Set([...(input.domainNames ?? []), ...namesOf(`${input.question}\n${input.topicText}`)]),
  });
  const sentences = reading.sentences;
  const isSkip = reading.stance === 'skip';
  const remainder = reading.nonAnswerPhrases.reduce((text, phrase) => text.replace(phrase, ' '), substance);
  // "I don't know how" says nothing else; "not sure but i did use GEnai" still says something.
  const remainderWords = contentLemmas(remainder).filter((lemma) => lemma.length >= 3).length;
  const isNonAnswer =
    reading.stance === 'empty' ||
    isSkip ||
    (reading.nonAnswerPhrases.length > 0 && remainderWords < 2) ||
    (reading.contentWords <= 2 && reading.stance !== 'negative' && reading.stance !== 'affirmative');

  // What counts is what the candidate says they did or know — not what they deny, not what they
  // hand to someone else, and not the capitals of a heading.
  // A hand-off counts where it answers the question: in the opening sentence, or in a sentence on
  // what the question asks ("RevOps runs the forecast roll-up" to a question on forecasting).
  // "she was doing 3 chats at once" in a story is someone else acting, and "whether they drop the
  // dose is their decision, not mine" after acting is the candidate's proper scope: neither hands off.
  const questionLemmas = new Set(
    contentLemmas(input.question).filter((lemma) => lemma.length >= 3 && !GENERIC_QUESTION_WORDS.has(lemma)),
  );
  const handedOff = sentences.filter(
    (sentence, index) =>
      sentence.deflections.length > 0 &&
      !/\bmy\s+(?:recommendation|advice|call|suggestion|proposal|decision)\b/i.test(sentence.text) &&
      (index === 0 ||
        contentLemmas(sentence.text).some((lemma) => questionLemmas.has(lemma)) ||
        /\b(?:involved|my\s+part|my\s+role)\b/i.test(sentence.text) ||
        // "he'd know the specifics better than me", "you'd have to ask Priya": the answer itself
        // sent elsewhere, wherever it stands.
        /\b(?:would|['’]d)\s+know\s+(?:\S+\s+){0,3}better\s+than\s+(?:me|I)\b|\byou(?:['’]?d|\s+would)\s+have\s+to\s+ask\b/i.test(
          sentence.text,
        )),
  );
  const counted = sentences.filter((sentence) => !sentence.isNegated && !handedOff.includes(sentence));
  // The name of a standard or code ("ISO" of "ISO 9001", "ECO" of "ECO 2231") is part of a designation.
  const named = unique(
    counted.filter((sentence) => !isHeading(sentence)).flatMap((s) => s.namedTerms),
  ).filter((name) => !new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(name)}[\\s-]?\\d`, 'u').test(substance));
  const quantities = unique(counted.flatMap((sentence) => sentence.quantities));
  const designations = unique(sentences.flatMap((sentence) => sentence.designations));
  const results = unique(counted.flatMap((sentence) => sentence.results));
  const ownedActions = unique(counted.flatMap((sentence) => sentence.ownedActions));
  const topicTerms = unique(counted.flatMap((sentence) => [...sentence.topicTerms, ...sentence.domainTerms]));
  const questionTerms = unique(sentences.flatMap((sentence) => sentence.topicTerms)).filter((term) =>
    topicLemmas.has(term),
  );
  const deflections = handedOff.flatMap((sentence) => sentence.deflections);
  const negations = sentences.filter((sentence) => sentence.isNegated).map((sentence) => sentence.text);
  // A bare "No." denies what the question asked about.
  const questionNouns = [...topicLemmas].filter((lemma) => contentLemmas(input.question).includes(lemma));
  const negatedTerms = unique([
    ...sentences.flatMap((sentence) => sentence.negatedTerms),
    ...(reading.stance === 'negative' && (sentences[0]?.negatedTerms.length ?? 0) === 0 ? questionNouns : []),
  ]);
  const deniedTerms = sentences.flatMap((sentence) =>
    sentence.negatedTerms.map((term) => ({ term, sentence: sentence.text })),
  );
  const ownedTerms = sentences
    .filter(
      (sentence) =>
        !sentence.isNegated &&
        !sentence.isHypothetical &&
        sentence.ownedActions.length > 0 &&
        (sentence.agent === 'self' || sentence.agent === 'we'),
    )
    .flatMap((sentence) => sentence.nouns.map((term) => ({ term, sentence: sentence.text })));
  const disowning = sentences
    .filter(
      (sentence) =>
        sentence.ownedActions.length === 0 && sentence.deflections.some((words) => DISOWNING.test(words)),
    )
    .map((sentence) => sentence.text);
  const hedges = unique(sentences.flatMap((sentence) => sentence.hedges));
  const procedures = counted.filter((sentence) => sentence.isProcedure).length;
  // The opening denies what was asked ("i dont build the schedule" to a question on building
  // schedules; "Honestly, no."), not something beside it ("we dont have a formal scorecard").
  const opening = sentences[0];
  const deniesQuestion =
    reading.stance === 'negative' &&
    (opening === undefined ||
      NEGATIVE_REPLY.test(opening.text) ||
      opening.negatedTerms.some((term) => topicLemmas.has(term)) ||
      !reading.isFullyRead);
  // An answer that opens on something else and then denies what was asked ("mostly i do dashboards
  // and sql. havent really done GANs tbh") says no to the question.
  const deniesLater =
    reading.stance === 'affirmative' &&
    sentences.some(
      (sentence) => sentence.isNegated && sentence.negatedTerms.some((term) => questionLemmas.has(term)),
    );
  const stance =
    reading.stance === 'negative' && !deniesQuestion
      ? 'affirmative'
      : deniesLater
        ? 'negative'
        : reading.stance;
  const isStory = TIME_ANCHOR.test(substance) || counted.some((sentence) => sentence.ownedPast);

  const askedToQuantify = QUANTIFY_QUESTION.test(input.question);
  const askedForExample = EXAMPLE_QUESTION.test(input.question);
  const askedForContext = CONTEXT_QUESTION.test(input.question);
  const askedHypothetically = HYPOTHETICAL_QUESTION.test(input.question);
  const isConfirmation = YES_NO_QUESTION.test(input.question) && YES_OPENING.test(substance);
  // A measured result is a change or an outcome told with a measure — not a count of setups or a code.
  const quantified = !isNonAnswer && (results.length > 0 || quantities.length >= 3);
  // An example is a story of the candidate's own with something concrete in it, long enough to be
  // one — or a worked example ("Imagine a task where…", "for instance").
  const gaveExample =
    !isNonAnswer &&
    (EXAMPLE_MARKER.test(substance) && reading.contentWords >= 15 ? true : isStory) &&
    reading.contentWords >= 12 &&
    (ownedActions.length > 0 || quantities.length > 0);
  // Relevance: the share of the question's own terms the answer takes up (three make it plainly on topic).
  const relevance = isNonAnswer ? 0 : Math.min(1, questionTerms.length / 3);
  // Concreteness: measured quantities and results, named tools and terms of the trade, the
  // candidate's own actions and procedures, the job's vocabulary, and the days or months a story
  // names ("on Friday… by Monday": when, which is specific, but no tool).
  const dates = unique(counted.flatMap((sentence) => sentence.dates));
  const concreteness =
    Math.min(quantities.length, 6) +
    Math.min(dates.length, 2) +
    2 * Math.min(results.length, 2) +
    Math.min(named.length, 6) +
    0.4 * Math.min(topicTerms.length, 20) +
    0.5 * Math.min(ownedActions.length + procedures, 6);
  const specificity = isNonAnswer ? 0 : Math.min(1, concreteness / 12);
  const isOnTopic =
    !reading.isFullyRead ||
    relevance > 0 ||
    (askedToQuantify && quantified) ||
    (askedForExample && gaveExample);
  const addressesQuestion =
    !isNonAnswer &&
    stance !== 'negative' &&
    isOnTopic &&
    (!askedToQuantify || quantified) &&
    (!askedForExample || gaveExample);

  return {
    turn: input.turn,
    turnId: input.turnId,
    wordCount: reading.contentWords,
    language: reading.language.code,
    languageName: reading.language.name,
    isFullyRead: reading.isFullyRead,
    stance,
    askedForContext,
    askedHypothetically,
    isConfirmation,
    isNonAnswer,
    isSkip,
    hedges,
    numbers: quantities,
    designations,
    results,
    tools: named,
    firstPersonActions: ownedActions,
    deflections,
    negations,
    negatedTerms,
    deniedTerms,
    ownedTerms,
    disowning,
    specificity: Math.round(specificity * 100) / 100,
    concreteness: Math.round(concreteness * 10) / 10,
    askedToQuantify,
    quantified,
    askedForExample,
    gaveExample,
    relevance: Math.round(relevance * 100) / 100,
    addressesQuestion,
    instructionLike,
  };
}
