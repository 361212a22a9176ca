import type { ItemToken } from 'wink-nlp';
import { blankFillers } from '../text/blank-fillers.js';
import { findTechnologies } from '../text/find-technologies.js';
import { splitSentences } from '../text/split-sentences.js';
import { splitSpokenClauses } from '../text/split-spoken-clauses.js';
import { englishNlp, isUnknownWordId } from './english-nlp.js';
import { findNumbers } from './find-numbers.js';
import { identifyLanguage, type TLanguage } from './identify-language.js';
import { readForeignSentence } from './read-foreign-sentence.js';

/** Who does what a sentence says was done. */
export type TAgent =
  /** The candidate: "I rebuilt", "my part was". */
  | 'self'
  /** The candidate with others: "we moved", "our team". */
  | 'we'
  /** Someone else: "my manager decided", "the vendor handles", "that was Dave's deal". */
  | 'other'
  /** Nobody in particular: a description, a rule, an instruction ("Hold it and call the prescriber"). */
  | 'none';

/** One sentence of an answer, read. Every string is a verbatim slice of the answer. */
export type TSentenceReading = {
  text: string;
  start: number;
  end: number;
  language: string;
  /** The sentence denies experience: "I haven't run one", "never used it for real", "No.", "not really" — not a choice told ("I didn't write him up"). */
  isNegated: boolean;
  /** Content words inside the negation's scope (lemmas): what is denied. */
  negatedTerms: string[];
  agent: TAgent;
  /** "I'd look at", "if I had to", "could": what the candidate would do, not what they did. */
  isHypothetical: boolean;
  /** The words that hand the work to someone else ("my manager decided", "done by a vendor"). */
  deflections: string[];
  /** First-person actions: "I moved", "we rebuilt", "je vérifie". */
  ownedActions: string[];
  /** Numbers that measure: "40 minutes", "99.8%", "18,000". */
  quantities: string[];
  /** Numbers that only name: standards, codes, years, levels, versions. */
  designations: string[];
  /** Months and days named ("on Friday", "in October"): when something happened, not a tool. */
  dates: string[];
  /** Proper names, acronyms, code, tools: "CYP2C9", "journalctl", "Zendesk", "RequiresMountsFor". */
  namedTerms: string[];
  /** Content lemmas the sentence shares with the question and what it tests. */
  topicTerms: string[];
  /** What the candidate says they did: the nouns after their own verbs ("I did the stack-ups" → stack-up). */
  nouns: string[];
  /** The sentence opens "No …" ("No belt, no formal training"): a denial after a no, a fact elsewhere. */
  isNoneOf: boolean;
  /** Nouns of the job's and the resume's vocabulary: terms of the trade. */
  domainTerms: string[];
  /** A result: a change or outcome told with a measure ("went from 80 to 20", "cut … by half"). */
  results: string[];
  hedges: string[];
  /** Numbers spelled out in words that measure ("twelve hours", "thirty-two percent"). */
  spelledNumbers: string[];
  /** The sentence instructs: a procedure told in the imperative ("Check the dose first"). */
  isProcedure: boolean;
  /** The sentence tells something that happened (a verb in the past). */
  isPast: boolean;
  /** The candidate tells something they did (their own verb in the past): a story, not a habit. */
  ownedPast: boolean;
};

/** How the answer opens: whether the candidate says yes, "only some", or no to what was asked. */
export type TStance = 'affirmative' | 'limited' | 'negative' | 'skip' | 'unknown' | 'empty';

export type TAnswerReading = {
  language: TLanguage;
  /** The reader could read the answer's language word by word (English), not only its numbers and names. */
  isFullyRead: boolean;
  stance: TStance;
  /** The phrases that say "I can't answer": "I don't know", "no idea". */
  nonAnswerPhrases: string[];
  contentWords: number;
  sentences: TSentenceReading[];
};

/** What the language-specific readers give; numbers and results are read the same in every language. */
export type TSentenceCore = Omit<
  TSentenceReading,
  'text' | 'start' | 'end' | 'language' | 'quantities' | 'designations' | 'results' | 'dates'
> & {
  /** Results a language's own reader found ("de 12 a 4", "redujimos … a la mitad"). */
  results?: string[];
};

export type TReadAnswerContext = {
  /** Lemmas of the question, its requirements and the resume claims it probes. */
  topicLemmas: ReadonlySet<string>;
  /** Lemmas of the whole job description and resume: the domain's vocabulary. */
  domainLemmas: ReadonlySet<string>;
  /** Numbers the question itself states: echoing them is no evidence. */
  questionNumbers: ReadonlySet<string>;
  /**
   * Names as the job, the resume and the question write them (acronyms, codes: "INR", "EDPA",
   * "CrCl"), in lower case: typed in lower case in an answer ("pull the inr check forward"), they
   * are still names (see namesOf).
   */
  names?: ReadonlySet<string>;
};

const SKIP =
  /^\W*(?:skip|pass|next(?:\s+question)?|no\s+comment)\W*$|\b(?:rather|prefer\s+to|like\s+to|want\s+to)\s+(?:skip|pass)\b|\b(?:rather|prefer)\s+not\s+(?:to\s+)?(?:answer|say|talk|go\s+into)|\bskip\s+(?:this|that)(?:\s+one)?\b|\bprefiero\s+no\s+(?:contestar|responder)|\bje\s+préfère\s+ne\s+pas\s+répondre/iu;
const NON_ANSWER =
  /\b(?:i\s*(?:do\s*n[o']?t|dont|don['’]t)\s+(?:really\s+)?know|no\s+idea|no\s+clue|(?:i['’]?m|im|i\s+am)\s+not\s+sure|not\s+sure|(?:can['’]?t|cannot)\s+(?:answer|say|recall|remember)|no\s+s[ée]|je\s+ne\s+sais\s+pas|keine\s+ahnung|wei(?:ß|ss)\s+(?:ich\s+)?nicht)\b/giu;
const HEDGE =
  /\b(?:i\s+think|i\s+guess|maybe|perhaps|probably|possibly|kind\s+of|sort\s+of|i\s+believe|i\s+suppose|more\s+or\s+less|as\s+such|something\s+like|not\s+sure|i['’]?d\s+have\s+to\s+(?:check|look)|i\s+don['’]?t\s+remember)\b/giu;
/** A limited yes: "only on my own projects", "just North and South Carolina", "a bit". */
const LIMITED_OPENING =
  /^\W*(?:(?:honestly|well|so|um+|uh+|yeah|yes)[\s,—–-]*)*(?:only|just|a\s+(?:bit|little)|some|somewhat|partly|partially|limited|not\s+(?:a\s+lot|that\s+much)|a\s+few)\b/iu;
/** A plain no: "No.", "Not really, no.", "Honestly, no.", "Nope", "not much", "No. Not yet." */
const NEGATIVE_OPENING =
  /^\W*(?:(?:honestly|well|so|um+|uh+|ah|oh|sadly|unfortunately|to\s+be\s+honest|tbh)[\s,—–.-]*)*(?:no(?:pe)?\b|not\s+(?:really|much|yet|as\s+such|personally|myself|directly|hands[- ]on)\b|never\b|none\b|nothing\b|nada\b|non\b|pas\s+vraiment|nein\b|nicht\s+wirklich|nunca\b|jamais\b|nie\b)/iu;

const THIRD_PERSON = new Set(['he', 'she', 'they', 'them', 'someone', 'somebody', 'nobody', 'everyone']);
/** People and groups who can do the work instead of the candidate. */
const OTHER_AGENTS = new Set(
  `manager boss supervisor director lead head vp ceo cfo cto coo owner founder chef team department ops
  operations platform vendor supplier contractor consultant agency partner engineer engineers analyst
  analysts colleague colleagues coworker coworkers peer peers senior seniors staff person people someone
  attorney attorneys lawyer counsel paralegal prescriber doctor physician nurse specialist admin
  administrator coordinator broker purchasing finance legal hr it revops desk committee board client
  customer clinic office support se sales marketing qa qe devops sre architect principal mentor tutor`.split(
    /\s+/,
  ),
);
/** Verbs of owning, deciding and doing that, said of someone else, hand the work to them. */
const AGENCY_VERBS = new Set(
  `decide handle run own do make manage set build choose pick approve sign take deal deploy monitor fix
  write create design lead drive plan schedule track review audit maintain configure implement oversee
  negotiate price close forecast call test prepare produce file calculate`.split(/\s+/),
);
/** Tool names that are also everyday words: they count as names only when written as names. */
const AMBIGUOUS_NAMES = new Set(
  'express spring rest swift chef puppet go r c rust ruby dart julia lambda envoy rails windows excel looker gemini llama mistral triton'.split(
    ' ',
  ),
);
/** Months and days: capitalised like names, but a date says when, not what the work was done with. */
const CALENDAR_NAMES = new Set(
  `january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue
  tues wed thu thur thurs fri sat sun`.split(/\s+/),
);
const MENTAL_VERBS = new Set(
  'think guess believe suppose mean say feel know remember recall want like love hope wish reckon imagine'.split(
    ' ',
  ),
);
const HYPOTHETICAL_WORDS = new Set(['would', "'d", 'could', 'might', 'should']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine']);
const FIRST_PERSON_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const NEGATORS = new Set([
  'not',
  "n't",
  'nt',
  'never',
  'no',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'cannot',
]);
/** "was Dave's deal", "is our VP's call", "is their decision, not mine", "done by a vendor". */
const POSSESSED_DECISION =
  /\b(?:[\p{Lu}][\p{L}]+|(?:our|my|the|their|his|her)\s+[\p{L}]+(?:\s+[\p{L}]+)?)['’]s\s+(?:call|decision|deal|job|project|area|responsibility|thing|domain|side)\b|\b(?:their|his|her)\s+(?:call|decision|job|responsibility)\b|\bdone\s+by\s+(?:a|an|the|our|my)\s+[\p{L}]+|\b(?:handled|owned|run|managed|decided|done|made|built|set)\s+by\s+(?:a|an|the|our|my)\s+[\p{L}]+|\bwasn['’]?t\s+(?:really\s+)?(?:involved|(?:the|an?)\s+\S+\s+on|\p{Lu}{2,}\s+on|part\s+of)|\bnot\s+(?:really\s+)?involved|\b(?:would|['’]d)\s+know\s+(?:\S+\s+){0,3}?better\s+than\s+(?:me|I)\b|\byou(?:['’]?d|\s+would)\s+have\s+to\s+ask\s+[\p{L}]+|\bdon['’]?t\s+(?:really\s+)?need\s+to\s+touch/iu;
/** A result told as a change: "went from 80 to 20", "dropped to", "cut … by half", "got back to 92%". */
const CHANGE =
  /\b(?:from\s+\S+(?:\s+\S+){0,4}?\s+to\b|went\s+(?:from|to|down|up)|(?:dropped|fell|rose|grew|climbed|jumped|doubled|halved|tripled|improved|increased|decreased|reduced|cut|lowered|raised|saved|shrank|sped)\b|back\s+to\b|got\s+(?:it|them|that)?\s*(?:under|below|above|over|down|up|to)\b|(?:under|below)\s+\d|pays?\s+back|bajó|subió|pasó\s+de|redujimos|baissé|augmenté|passé\s+de|gesunken|gestiegen)/iu;

function lemmaOf(token: ItemToken): string {
  const its = englishNlp().its;
  return token.out(its.lemma as typeof its.pos).toLowerCase();
}

const lemmaCache = new Map<string, readonly string[]>();
const LEMMA_CACHE_SIZE = 5_000;

/**
 * Content lemmas of a text (nouns, verbs, adjectives, proper names; no stop words), for matching
 * topics. Remembered for the texts read most (questions, requirements, the job and the resume):
 * the same text always gives the same lemmas, so this is a cache, not state.
 */
export function contentLemmas(text: string): string[] {
  const cached = lemmaCache.get(text);
  if (cached) return [...cached];
  const lemmas = readContentLemmas(text);
  if (lemmaCache.size >= LEMMA_CACHE_SIZE) lemmaCache.delete(lemmaCache.keys().next().value as string);
  lemmaCache.set(text, lemmas);
  return [...lemmas];
}

function readContentLemmas(text: string): string[] {
  const nlp = englishNlp();
  const its = nlp.its;
  const lemmas: string[] = [];
  nlp
    .readDoc(text)
    .tokens()
    .each((token: ItemToken) => {
      const pos = token.out(its.pos);
      if (!['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'].includes(pos)) return;
      if (token.out(its.stopWordFlag) && pos !== 'PROPN') return;
      const lemma = lemmaOf(token);
      if (lemma.length < 2 && pos !== 'PROPN') return;
      lemmas.push(lemma);
    });
  return lemmas;
}

const namesCache = new Map<string, readonly string[]>();

/**
 * The acronyms, codes and mixed-case names a text writes as names ("INR", "CYP2C9", "CrCl",
 * "PostgreSQL"), in lower case, leaving out those that are also English stop words ("IT", "US",
 * "OR"). Remembered for the texts read most (the job, the resume, the questions).
 *
 * @example
 *   namesOf('Monitor INR and CrCl; IT support') // ['inr', 'crcl']
 */
export function namesOf(text: string): string[] {
  const cached = namesCache.get(text);
  if (cached) return [...cached];
  const nlp = englishNlp();
  const its = nlp.its;
  const names: string[] = [];
  nlp
    .readDoc(text)
    .tokens()
    .each((token: ItemToken) => {
      const value = token.out();
      if (token.out(its.stopWordFlag) || value.length < 2) return;
      if (!/\p{Lu}/u.test(value.slice(1)) && !/\p{L}\d|\d\p{L}/u.test(value)) return;
      if (isNamedToken(value, token.out(its.pos), true)) names.push(value.toLowerCase());
    });
  const found = unique(names);
  if (namesCache.size >= LEMMA_CACHE_SIZE) namesCache.delete(namesCache.keys().next().value as string);
  namesCache.set(text, found);
  return [...found];
}

function isNamedToken(value: string, pos: string, isFirst: boolean): boolean {
  if (/^[\p{P}\p{S}]+$/u.test(value)) return false;
  if (/^\d+([.,]\d+)*$/.test(value)) return false;
  // Acronyms and codes: "MMC", "CYP2C9", "s3", "EC2", "UPH".
  if (/^\p{Lu}{2,}[\p{L}\d]*$/u.test(value) && value.length <= 12) return true;
  if (/\p{L}/u.test(value) && /\d/.test(value)) return true;
  // Technical tokens: paths, options, identifiers ("/mnt/scans", "--no-cache-dir", "RequiresMountsFor=").
  if (/[\p{L}][/_=][\p{L}/]|^--?[a-z]|^\/[a-z]/u.test(value)) return true;
  if (/^\p{Ll}+\p{Lu}/u.test(value) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(value)) return true; // camelCase, "GetObject"
  return pos === 'PROPN' && !isFirst && /^\p{Lu}/u.test(value);
}

type TTokenInfo = {
  value: string;
  lemma: string;
  pos: string;
  negated: boolean;
  /** Not in the English lexicon: a name or a term of art, however it is capitalised. */
  isUnknown: boolean;
  start: number;
  end: number;
};

function tokensOf(text: string): TTokenInfo[] {
  const nlp = englishNlp();
  const its = nlp.its;
  const tokens: TTokenInfo[] = [];
  let offset = 0;
  nlp
    .readDoc(text)
    .tokens()
    .each((token: ItemToken) => {
      offset += token.out(its.precedingSpaces).length;
      const value = token.out();
      tokens.push({
        value,
        lemma: token.out(its.lemma as typeof its.pos).toLowerCase(),
        pos: token.out(its.pos),
        negated: Boolean(token.out(its.negationFlag)),
        isUnknown: isUnknownWordId(Number(token.out(its.uniqueId as unknown as typeof its.pos))),
        start: offset,
        end: offset + value.length,
      });
      offset += value.length;
    });
  return tokens;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A word that only qualifies the noun after it: an article, a number, a possessive ("the", "four", "my"). */
function isModifier(token: TTokenInfo): boolean {
  return (
    ['DET', 'NUM'].includes(token.pos) ||
    ['my', 'our', 'their', 'his', 'her', 'your', 'its'].includes(token.value.toLowerCase())
  );
}

/** The subject of the verb at `index`: the nearest pronoun or noun before it, over adverbs and auxiliaries. */
function subjectBefore(
  tokens: readonly TTokenInfo[],
  index: number,
): { agent: TAgent; words: string; start: number } | null {
  for (let at = index - 1; at >= 0 && at >= index - 5; at--) {
    const token = tokens[at]!;
    const word = token.value.toLowerCase();
    if (['ADV', 'AUX', 'PART'].includes(token.pos) || word === "'d" || word === "'ve" || word === "'ll")
      continue;
    if (token.pos === 'PRON') {
      const found = { words: token.value, start: token.start };
      if (FIRST_PERSON.has(word)) return { agent: 'self', ...found };
      if (FIRST_PERSON_PLURAL.has(word)) return { agent: 'we', ...found };
      if (THIRD_PERSON.has(word)) return { agent: 'other', ...found };
      // "it", "that", "this": a thing, not a person — neither the candidate nor someone else.
      return { agent: 'none', ...found };
    }
    if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      // "my manager", "the ML platform team", "RevOps", "Chef Marco", "our broker".
      let from = at;
      while (from > 0 && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[from - 1]!.pos)) from--;
      const phrase = tokens.slice(from, at + 1);
      const isPerson =
        phrase.some((part) => OTHER_AGENTS.has(part.lemma)) ||
        (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.value) && at > 0);
      const owner = from > 0 ? tokens[from - 1]!.value.toLowerCase() : '';
      // "the saved searches the lit support person set up": a relative clause describes a thing;
      // it does not say who did the work asked about.
      const beforePhrase = tokens[from - (owner && tokens[from - 1]!.pos !== 'NOUN' ? 2 : 1)];
      if (beforePhrase && (beforePhrase.pos === 'NOUN' || beforePhrase.pos === 'PROPN')) return null;
      // "trained four new team leads", "with the fraud ops team": the object of a verb of doing or
      // of a preposition, not a subject ("I think my manager decided" keeps its subject).
      let head = from - 1;
      while (head >= 0 && isModifier(tokens[head]!)) head--;
      // A filler in between ("team, you know, my manager decided") starts the clause anew.
      const governor =
        head >= 0 && tokens[head + 1]!.start - tokens[head]!.end <= 1 ? tokens[head]! : undefined;
      if (
        governor &&
        ((governor.pos === 'VERB' && !MENTAL_VERBS.has(governor.lemma)) || governor.pos === 'ADP')
      )
        return null;
      if (isPerson)
        return {
          agent: 'other',
          words: `${owner ? `${owner} ` : ''}${phrase.map((p) => p.value).join(' ')}`,
          start: owner ? tokens[from - 1]!.start : phrase[0]!.start,
        };
      return null;
    }
    return null;
  }
  return null;
}

/** Words before "like" after which it is a word of its own ("looks like", "would like", "something like"). */
const LIKE_AS_WORD =
  /^(?:look|looks|looked|looking|feel|feels|felt|seem|seems|seemed|sound|sounds|sounded|would|'d|’d|something|anything|nothing|things|stuff|just|more|less|much|not|be|is|was|are|were|been|a|the|very|really|n't|do|did|does)$/i;

/**
 * The sentence's tokens with fillers of speech read as the spaces they are: "um", "you know", and
 * "like" between a subject and its verb or before a number ("my manager like decided", "like 40
 * tickets"). Offsets stay those of the original sentence.
 */
function tokensWithoutFillers(text: string): { tokens: TTokenInfo[]; plain: string } {
  const blanked = blankFillers(text);
  const tokens = tokensOf(blanked);
  const fillerLikes = tokens.filter((token, index) => {
    if (token.value.toLowerCase() !== 'like') return false;
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    if (next === undefined || (previous !== undefined && LIKE_AS_WORD.test(previous.value))) return false;
    return (
      next.pos === 'NUM' || ((next.pos === 'VERB' || next.pos === 'AUX') && next.value.toLowerCase() !== 'to')
    );
  });
  if (fillerLikes.length === 0) return { tokens, plain: blanked };
  let plain = blanked;
  for (const like of fillerLikes) plain = `${plain.slice(0, like.start)}    ${plain.slice(like.end)}`;
  return { tokens: tokensOf(plain), plain };
}

function readEnglishSentence(text: string, context: TReadAnswerContext): TSentenceCore {
  const { tokens, plain } = tokensWithoutFillers(text);
  let agent = 'none' as TAgent;
  const ownedActions: string[] = [];
  const deflections: string[] = [];
  const ownedObjects: string[] = [];
  let ownedPast = false;
  // "Not really, no.", "Honestly, no.": a bare no — a denial where it answers (see readAnswer).
  const isBareNo =
    NEGATIVE_OPENING.test(text) && tokens.filter((token) => /\p{L}/u.test(token.value)).length <= 8;
  let isDenial = false;
  const firstWord = tokens.find((token) => /\p{L}/u.test(token.value));
  if (firstWord?.pos === 'PRON' && FIRST_PERSON.has(firstWord.value.toLowerCase())) agent = 'self';
  else if (firstWord?.pos === 'PRON' && FIRST_PERSON_PLURAL.has(firstWord.value.toLowerCase())) agent = 'we';
  tokens.forEach((token, index) => {
    // "i did first level review": an auxiliary with no verb after it is the main verb.
    const isMainAuxiliary =
      token.pos === 'AUX' &&
      ['do', 'have'].includes(token.lemma) &&
      tokens[index + 1]?.pos !== 'VERB' &&
      tokens[index + 1]?.pos !== 'PART' &&
      tokens[index + 2]?.pos !== 'VERB';
    if (token.pos !== 'VERB' && !isMainAuxiliary) return;
    // Thinking and saying are not doing: "I think", "I guess", "I mean".
    if (MENTAL_VERBS.has(token.lemma)) return;
    const subject = subjectBefore(tokens, index);
    const before = tokens.slice(Math.max(0, index - 4), index);
    const negator = before.find((t) => NEGATORS.has(t.value.toLowerCase()) || NEGATORS.has(t.lemma));
    if (subject && agent === 'none') agent = subject.agent;
    // "havent really done GANs tbh": spoken answers drop the "I" at the start of a sentence.
    const isOpening = tokens
      .slice(0, index)
      .every((t) => ['AUX', 'PART', 'ADV', 'INTJ', 'PUNCT', 'SPACE'].includes(t.pos));
    const isOwn =
      subject?.agent === 'self' || subject?.agent === 'we' || (!subject && (agent === 'self' || isOpening));
    if (negator && isOwn) {
      // "haven't run", "have never used", "never used": a denial of experience. "don't manage it":
      // a denial of the role. "didn't write him up", "wouldn't promise": a choice told, not a denial.
      const auxiliaries = before.map((t) => t.lemma);
      const isPerfect =
        auxiliaries.includes('have') || (negator.value.toLowerCase() === 'never' && isPastForm(token));
      const isHabitual =
        (auxiliaries.includes('do') && !before.some((t) => /^did$/i.test(t.value))) ||
        ['have', 'know', 'own'].includes(token.lemma);
      const isChoice = before.some((t) => /^(?:did|would|'d|could|will|should|wo)$/i.test(t.value));
      if ((isPerfect || isHabitual) && !isChoice) isDenial = true;
      return;
    }
    if (negator) return;
    const carriesOver = !subject && ['CCONJ', 'PUNCT'].includes(tokens[index - 1]?.pos ?? '');
    if (isOwn && (subject || carriesOver)) {
      ownedActions.push(text.slice(tokens[index - 1]!.start, token.end).trim());
      if (isPastForm(token) && tokens[index - 1]?.lemma !== 'be') ownedPast = true;
      // What the candidate says they did: the nouns of the verb's clause, after it.
      for (let at = index + 1; at < tokens.length; at++) {
        const after = tokens[at]!;
        // "the stack-ups": a word after an article is a noun, whatever the tagger guessed.
        const isNounLike =
          after.pos === 'NOUN' ||
          after.pos === 'PROPN' ||
          (after.pos === 'VERB' && tokens[at - 1]!.pos === 'DET');
        if (isNounLike) ownedObjects.push(after.lemma);
        else if (
          (after.pos === 'PUNCT' && /[,;:—–.]/.test(after.value)) ||
          ['SCONJ', 'CCONJ', 'VERB'].includes(after.pos)
        )
          break;
      }
    } else if (subject?.agent === 'other' && AGENCY_VERBS.has(token.lemma))
      // Quoted verbatim, fillers and all: "my manager like decided".
      deflections.push(text.slice(subject.start, token.end));
  });
  // "No belt, no formal training": "no" before a noun denies having it (see readAnswer for where).
  const isNoneOf =
    isBareNo ||
    (/^\W*(?:(?:honestly|well|so)[\s,]*)?no\s+\p{L}/iu.test(text) &&
      !/^\W*no\s+(?:leading|matter|doubt)/iu.test(text));
  // Spoken answers drop the pronoun: "Called, they changed it", "Moved the top 200 apart". A
  // sentence that opens with a verb in the past is the speaker's own action; one that opens with a
  // verb in its base form is a procedure ("Hold it and call the prescriber") — knowledge, not a deed.
  const opening = tokens.findIndex(
    (token) => !['INTJ', 'PUNCT', 'ADV', 'CCONJ', 'SPACE', 'X', 'SYM'].includes(token.pos),
  );
  const openingToken = opening >= 0 ? tokens[opening] : undefined;
  let isProcedure = false;
  // A Markdown heading ("## Structured Approach to QA") is a title, not a deed or an instruction.
  const isHeading = /^\s*#{1,6}\s/.test(text);
  // "once exhibit was over the limit": a word the tagger took for a verb, followed by "was", is the
  // subject of a sentence with its article dropped, not an instruction.
  const isSubject = tokens[opening + 1]?.pos === 'AUX';
  if (openingToken?.pos === 'VERB' && !isHeading && !isSubject && !subjectBefore(tokens, opening)) {
    if (isPastForm(openingToken)) {
      ownedActions.push(openingToken.value);
      ownedPast = true;
    } else isProcedure = true;
  }
  const spelledNumbers: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.pos !== 'NUM' || /\d/.test(token.value)) continue;
    let end = index;
    while (
      end + 1 < tokens.length &&
      (tokens[end + 1]!.pos === 'NUM' ||
        ['-', 'and', 'point'].includes(tokens[end + 1]!.value.toLowerCase())) &&
      !/\d/.test(tokens[end + 1]!.value)
    )
      end++;
    while (end > index && ['-', 'and', 'point'].includes(tokens[end]!.value.toLowerCase())) end--;
    const phrase = text.slice(token.start, tokens[end]!.end);
    const next = tokens[end + 1];
    // "one" alone is mostly a pronoun ("that one", "one of them"), and "two of them" counts people
    // already named; any other number spelled out is a figure, as it would be in digits.
    const isMeasure = end > index || (token.lemma !== 'one' && next?.value.toLowerCase() !== 'of');
    if (isMeasure) spelledNumbers.push(phrase);
    index = end;
  }
  // Matched with the fillers blanked ("wasn't the like ae on"), quoted verbatim.
  for (const match of plain.matchAll(new RegExp(POSSESSED_DECISION.source, 'giu')))
    deflections.push(text.slice(match.index, match.index + match[0].length));
  const isHypothetical =
    tokens.some((token) => HYPOTHETICAL_WORDS.has(token.value.toLowerCase())) || /^\W*if\b/i.test(text);
  const namedTerms = joinCompoundNames(text, [
    ...tokens
      .filter((token, index) => {
        // A sentence's first word, and the first word after a label ("Hear: Allow …"), is capitalised as a start.
        const isStart =
          !tokens.slice(0, index).some((t) => /\p{L}/u.test(t.value)) ||
          /^[:*•#>-]+$/.test(
            tokens
              .slice(0, index)
              .filter((t) => t.pos !== 'SPACE')
              .at(-1)?.value ?? '',
          );
        // Typed in lower case, a name is still a name: "json", "pprof", "zendesk" are not words of English.
        const isLowerCaseName =
          token.isUnknown &&
          /^\p{Ll}[\p{Ll}\d]{2,}$/u.test(token.value) &&
          ['NOUN', 'PROPN', 'ADJ'].includes(token.pos);
        // "inr", "edpa": a name the job, the resume or the question writes as one.
        const isKnownName = context.names?.has(token.value.toLowerCase()) === true;
        // "January", "Friday": a date says when, not what with.
        if (CALENDAR_NAMES.has(token.value.toLowerCase())) return false;
        return isLowerCaseName || isKnownName || isNamedToken(token.value, token.pos, isStart);
      })
      .map((t) => t.value),
    ...findTechnologies(text).filter((name) => !AMBIGUOUS_NAMES.has(name) || /\p{Lu}/u.test(name)),
    ...[...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!),
  ]);
  const lemmas = tokens
    .filter((token) => ['NOUN', 'PROPN', 'VERB', 'ADJ'].includes(token.pos))
    .map((t) => t.lemma);
  const topicTerms = unique(lemmas.filter((lemma) => context.topicLemmas.has(lemma)));
  const domainTerms = unique(
    tokens
      .filter(
        (token) => (token.pos === 'NOUN' || token.pos === 'PROPN') && context.domainLemmas.has(token.lemma),
      )
      .map((token) => token.lemma),
  );
  // What a denial denies: the words in the negation's scope, up to the clause's end ("I've never
  // done a formal stack-up myself — the quality engineer runs those": done, formal, stack-up).
  const negatedTerms: string[] = [];
  if (isDenial) {
    const at = tokens.findIndex(
      (token) => NEGATORS.has(token.value.toLowerCase()) || NEGATORS.has(token.lemma),
    );
    for (const token of tokens.slice(at + 1)) {
      if (
        (token.pos === 'PUNCT' && /[,;:—–(]/.test(token.value)) ||
        token.pos === 'SCONJ' ||
        token.pos === 'CCONJ'
      )
        break;
      if (['NOUN', 'PROPN'].includes(token.pos)) negatedTerms.push(token.lemma);
    }
  }
  return {
    isNegated: isDenial,
    negatedTerms: unique(negatedTerms),
    isNoneOf,
    nouns: unique(ownedObjects),
    agent,
    isHypothetical,
    deflections: unique(deflections),
    ownedActions,
    namedTerms,
    topicTerms,
    domainTerms,
    hedges: unique([...text.matchAll(HEDGE)].map((match) => match[0])),
    spelledNumbers,
    isProcedure,
    ownedPast,
    // "we're aligned", "it was hidden": a participle after "be" describes a state, not an event.
    isPast:
      tokens.some(
        (token, index) =>
          token.pos === 'VERB' && isPastForm(token) && !(index > 0 && tokens[index - 1]!.lemma === 'be'),
      ) || /\b(?:was|were|had|did)\b/i.test(text),
  };
}

/**
 * One name written with a slash or a hyphen between its parts ("CM/ECF", "PR-AUC") is one name,
 * not one per part: the parts found as names are replaced by the whole, verbatim.
 */
function joinCompoundNames(text: string, names: readonly string[]): string[] {
  const found = unique(names);
  const joined: string[] = [];
  const parts = new Set<string>();
  for (const match of text.matchAll(/[\p{L}\d]+(?:[/-][\p{L}\d]+)+/gu)) {
    const pieces = match[0].split(/[/-]/);
    if (pieces.filter((piece) => found.includes(piece)).length < 2) continue;
    joined.push(match[0]);
    for (const piece of pieces) parts.add(piece);
  }
  return unique([...found.filter((name) => !parts.has(name)), ...joined]);
}

/** A verb in the past (or a participle): its form is not its lemma and not an -s or -ing form. */
function isPastForm(token: TTokenInfo): boolean {
  const form = token.value.toLowerCase();
  return form !== token.lemma && !/(?:s|ing|in['’]?)$/.test(form);
}

/** Fillers of speech ("um", "uh", "you know"; "eh", "o sea"; "euh"; "äh") say nothing: they are not words of content. */
const FILLER = /(?<![\p{L}])(?:um+|uh+|erm|eh+|euh|äh+|you\s+know|o\s+sea)(?![\p{L}])/giu;

function countContentWords(text: string): number {
  return text
    .replace(FILLER, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]{2,}/u.test(word)).length;
}

/**
 * Reads an answer the way a careful interviewer would, sentence by sentence: its language; what it
 * denies and over which words; who did the work (the candidate, their team, someone else); whether
 * it tells what was done or what would be done; what in it is concrete — measured quantities (not
 * standards, codes or years), named tools and terms of the trade, results told as changes; and
 * which of its words are the question's and the job's.
 *
 * Grammar, spelling and fluency are never read: "havent really done GANs tbh" and "I have not done
 * GANs" read the same. Answers in Spanish, French or German are read for their numbers, names,
 * negation and first-person actions (see readForeignSentence); other languages for numbers and names.
 *
 * @example
 *   readAnswer('havent really done GANs tbh', context).stance              // 'negative'
 *   readAnswer('The ML platform team handles all of that.', context).sentences[0]?.deflection // 'ML platform team handles'
 *   readAnswer('Errors went from about 80 per 10,000 to about 20.', context).sentences[0]?.results.length // 1
 */
export function readAnswer(answer: string, context: TReadAnswerContext): TAnswerReading {
  const text = answer.trim().length === 0 ? '' : answer;
  const language = identifyLanguage(text);
  const nonAnswerPhrases = unique([...text.matchAll(NON_ANSWER)].map((match) => match[0]));
  const sentences: TSentenceReading[] = splitSentences(text, { breakLines: true, lowerCaseStarts: true })
    // Speech typed or transcribed without punctuation is read clause by clause.
    .flatMap((span) => splitSpokenClauses(span.text, span.start))
    .map((span) => {
      const sentenceLanguage = span.text.length >= 40 ? identifyLanguage(span.text) : language;
      const base =
        sentenceLanguage.code === 'en'
          ? readEnglishSentence(span.text, context)
          : readForeignSentence(span.text, sentenceLanguage.code, context);
      const numbers = findNumbers(span.text).filter((number) => !context.questionNumbers.has(number.value));
      const quantities = [
        ...numbers.filter((number) => number.kind === 'quantity').map((number) => number.text),
        ...base.spelledNumbers,
      ];
      const designations = numbers
        .filter((number) => number.kind === 'designation')
        .map((number) => number.text);
      const change = CHANGE.exec(span.text);
      const results =
        base.results !== undefined && base.results.length > 0
          ? base.results
          : change && (quantities.length > 0 || /\b(?:half|double|twice|all|none|zero)\b/i.test(span.text))
            ? [change[0]]
            : quantities.filter((quantity) => /%|[$€£]|k$/i.test(quantity)).slice(0, 1);
      return {
        ...base,
        text: span.text,
        start: span.start,
        end: span.end,
        language: sentenceLanguage.code,
        quantities,
        designations,
        results,
        dates: unique(
          (span.text.match(/\p{L}+/gu) ?? []).filter(
            (word) => /^\p{Lu}/u.test(word) && CALENDAR_NAMES.has(word.toLowerCase()),
          ),
        ),
      };
    });
  // "No belt, no formal training." denies only as part of a no ("Not really, no."); elsewhere
  // "No NSAIDs, acetaminophen for pain" states a rule.
  sentences.forEach((sentence, index) => {
    if (sentence.isNoneOf && !sentence.isNegated && (index === 0 || sentences[index - 1]!.isNegated)) {
      sentence.isNegated = true;
    }
  });
  const contentWords = countContentWords(text);
  let stance: TStance;
  const opening = sentences[0]?.text ?? '';
  if (contentWords === 0) stance = 'empty';
  else if (SKIP.test(text) && contentWords <= 25) stance = 'skip';
  else if (NEGATIVE_OPENING.test(opening) || sentences[0]?.isNegated) stance = 'negative';
  else if (LIMITED_OPENING.test(opening)) stance = 'limited';
  else stance = 'affirmative';
  return {
    language,
    isFullyRead: language.code === 'en',
    stance,
    nonAnswerPhrases,
    contentWords,
    sentences,
  };
}

/** The numbers a question states ("from 99.2% to 99.8%", "12 weeks"), to tell echoes from evidence. */
export function numbersOf(text: string): Set<string> {
  return new Set(findNumbers(text).map((number) => number.value));
}

export { lemmaOf };
