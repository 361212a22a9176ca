/**
 * The little English the question templates need: verb forms, list joining, casing. Verbs are
 * recognised and conjugated with compromise (its lexicon and tagger, read in context), with a
 * short list of the verbs job descriptions use most as a fallback for words it reads as nouns
 * ("prospect", "mentor"). Deterministic.
 */
import nlp from 'compromise';
import { findTechnologies } from '../text/find-technologies.js';

const IRREGULAR_PAST_BY_GERUND: Record<string, string> = {
  building: 'built',
  reading: 'read',
  bending: 'bent',
  rebuilding: 'rebuilt',
  leading: 'led',
  running: 'ran',
  writing: 'wrote',
  rewriting: 'rewrote',
  making: 'made',
  setting: 'set',
  teaching: 'taught',
  bringing: 'brought',
  doing: 'did',
  having: 'had',
  getting: 'got',
  taking: 'took',
  driving: 'drove',
  choosing: 'chose',
  thinking: 'thought',
  seeing: 'saw',
  overseeing: 'oversaw',
  growing: 'grew',
  giving: 'gave',
  finding: 'found',
  selling: 'sold',
  spending: 'spent',
  keeping: 'kept',
  holding: 'held',
  meeting: 'met',
  putting: 'put',
  cutting: 'cut',
  sending: 'sent',
  buying: 'bought',
  winning: 'won',
  speaking: 'spoke',
  understanding: 'understood',
  drawing: 'drew',
  feeding: 'fed',
  shipping: 'shipped',
  planning: 'planned',
  debugging: 'debugged',
};

const IRREGULAR_PAST = new Set(Object.values(IRREGULAR_PAST_BY_GERUND));

/** Base-form verbs that open responsibilities, for the ones the tagger reads as nouns ("prospect", "mentor"). */
const BASE_VERBS = new Set(
  `analyse analyze architect automate build collaborate communicate conduct contribute create debug define
  deliver deploy design develop drive ensure establish evaluate explore fine-tune help implement improve
  integrate investigate keep lead maintain manage mentor migrate monitor operate optimise optimize own partner
  present prototype research run scale ship support test train translate turn work write prospect triage
  coach counsel tutor bend pack audit draft troubleshoot`.split(/\s+/),
);

type TVerbForms = { infinitive: string; gerund: string; past: string };

const formsCache = new Map<string, TVerbForms | undefined>();

/** A verb's -ing and past forms from compromise's conjugation, or none when it is not a verb it knows. */
function verbForms(verb: string): TVerbForms | undefined {
  const word = verb.toLowerCase();
  if (formsCache.has(word)) return formsCache.get(word);
  const forms = nlp(`we ${word}`).verbs().conjugate()[0] as Record<string, string> | undefined;
  // A conjugation of some other verb ("weld" read as the past of "wold") is no use.
  const stem = word.slice(0, Math.max(2, word.length - 2));
  const result =
    forms?.Gerund !== undefined &&
    forms.PastTense !== undefined &&
    forms.Gerund !== word &&
    forms.Gerund.startsWith(stem)
      ? { infinitive: forms.Infinitive ?? word, gerund: forms.Gerund, past: forms.PastTense }
      : undefined;
  formsCache.set(word, result);
  return result;
}

/** Whether compromise reads a bare word as a verb after "to" ("to document", "to escalate"). */
function isVerbAfterTo(word: string): boolean {
  const tags = nlp(`to ${word.toLowerCase()}`).terms().json()[1]?.terms?.[0]?.tags as string[] | undefined;
  // The tagger reads some bare verbs as past ("to weld"): the word's own ending decides.
  return tags?.includes('Verb') === true && !tags.includes('Participle') && !/(?:ing|ed)$/.test(word);
}

/** For each word of a phrase read as "we <phrase>": whether the tagger takes it for a base-form verb there. */
function verbTagsInContext(words: readonly string[]): boolean[] {
  const sentence = `we ${words.map((word, index) => (index === 0 ? word.toLowerCase() : word)).join(' ')}`;
  // compromise keeps a trailing comma with its word, so the terms line up with the words.
  const terms = nlp(sentence).terms().json() as { terms: { tags: string[] }[] }[];
  return words.map((word, index) => {
    const tags = terms[index + 1]?.terms[0]?.tags ?? [];
    return tags.includes('Verb') && !/(?:ing|ed),?$/.test(word);
  });
}

/** A word that may be read as a verb at all: lower-case letters (an acronym such as "BSN" never is). */
function isVerbShaped(word: string): boolean {
  return /^[A-Za-z][a-z-]+$/.test(word);
}

/** Whether a word that opens a requirement is a base-form verb: in context, by the lexicon, or on the list. */
function isBaseVerb(word: string, inContext: boolean): boolean {
  if (!isVerbShaped(word)) return false;
  const lower = word.toLowerCase();
  if (BASE_VERBS.has(lower)) return true;
  if (findTechnologies(word).length > 0) return false;
  const afterTo = isVerbAfterTo(lower);
  const forms = verbForms(lower);
  // A participle ("written") is the form of another verb, not a base form.
  if (forms !== undefined && forms.infinitive !== lower) return false;
  return (inContext || afterTo) && (afterTo || forms !== undefined);
}

const DOUBLED_FINAL_CONSONANT = new Set([
  'run',
  'ship',
  'plan',
  'set',
  'get',
  'put',
  'cut',
  'debug',
  'begin',
  'win',
]);

/** "design" → "designing", "optimize" → "optimizing", "run" → "running". */
export function toGerund(verb: string): string {
  const word = verb.toLowerCase();
  const forms = verbForms(word);
  if (forms?.gerund.endsWith('ing')) return forms.gerund;
  if (DOUBLED_FINAL_CONSONANT.has(word)) return `${word}${word.at(-1)}ing`;
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (word.endsWith('ee') || word.endsWith('ye') || word.endsWith('oe')) return `${word}ing`;
  if (word.endsWith('e')) return `${word.slice(0, -1)}ing`;
  return `${word}ing`;
}

/** "design" → "designed", "run" → "ran", "weld" → "welded". */
export function toPast(verb: string): string {
  const word = verb.toLowerCase();
  const forms = verbForms(word);
  if (forms !== undefined && /^[a-z-]+$/.test(forms.past)) return forms.past;
  return gerundToPast(toGerund(word));
}

/** "deploying" → "deployed", "building" → "built", "applying" → "applied". */
export function gerundToPast(gerund: string): string {
  const word = gerund.toLowerCase();
  const irregular = IRREGULAR_PAST_BY_GERUND[word];
  if (irregular !== undefined) return irregular;
  const past = (nlp(`we were ${word}`).verbs().conjugate()[0] as Record<string, string> | undefined)
    ?.PastTense;
  if (past !== undefined && /^[a-z-]+$/.test(past) && `${past}ing` !== word && past !== word) {
    if (past.endsWith('ed') || IRREGULAR_PAST.has(past)) return past;
  }
  const stem = word.slice(0, -3);
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  if (stem.endsWith('e')) return `${stem}d`;
  return `${stem}ed`;
}

function isGerund(word: string): boolean {
  return (
    /^[a-z-]{3,}ing$/i.test(word) && !/^(?:thing|string|spring|ring|king|bring|sing|swing|wing)$/i.test(word)
  );
}

/** Whether a phrase opens with an -ing verb ("deploying models …"). */
export function startsWithGerund(phrase: string): boolean {
  const first = (phrase.trim().split(/\s+/)[0] ?? '').replace(/[,;:]$/, '');
  return isGerund(first);
}

/** Whether a phrase opens with a base-form verb ("Design and implement …"). */
/** Nouns that make a phrase opening with a verb-like word a noun phrase ("Work authorization", "Report writing skills"). */
const NOUN_PHRASE_HEADS =
  /^(?:skills?|communication|authori[sz]ation|experience|knowledge|abilit(?:y|ies)|certifications?|licen[cs]es?|background|degree|eligibility|permits?|record|history|tools?|software|systems?)$/i;

export function startsWithBaseVerb(phrase: string): boolean {
  const words = phrase
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const first = (words[0] ?? '').replace(/[,;:]$/, '');
  if (!isVerbShaped(first)) return false;
  const head = phrase.trim().split(/\s+(?:in|of|for|with|from|to|at|on|and|or)\s+|[,;:(]/i)[0] ?? '';
  const headWords = head.trim().split(/\s+/);
  if (headWords.length > 1 && NOUN_PHRASE_HEADS.test(headWords.at(-1) ?? '')) return false;
  if (BASE_VERBS.has(first.toLowerCase())) return true;
  const inContext = verbTagsInContext(words.slice(0, 8));
  if (inContext[0] === true) return isBaseVerb(first, true);
  // A word the tagger read as a noun opens a verb phrase when another verb joins it ("Prospect and close …").
  const second = words[1] ?? '';
  return (second === 'and' || second === 'or' || first !== words[0]) && isBaseVerb(first, false);
}

/** Whether a phrase opens with a past-tense verb ("Led development of …", "Deployed models …"). */
export function startsWithPastVerb(phrase: string): boolean {
  const first = (phrase.trim().split(/[\s,]+/)[0] ?? '').toLowerCase();
  return IRREGULAR_PAST.has(first) || /^[a-z-]{3,}ed$/.test(first);
}

/**
 * Rewrites the verbs that open a phrase, joined by "and", "or" or commas, and a verb that opens
 * a later clause after "and": "design and implement systems and keep them healthy" with toGerund
 * → "designing and implementing systems and keeping them healthy".
 */
function rewriteLeadingVerbs(
  phrase: string,
  isVerb: (word: string, index: number, isLeading: boolean) => boolean,
  rewrite: (word: string) => string,
): string {
  const words = phrase.trim().split(/\s+/);
  const out: string[] = [];
  let inVerbs = true;
  // Inside a relative clause ("services that authorise and settle payments") verbs stay as they are.
  let inClause = false;
  for (const [index, word] of words.entries()) {
    const bare = word.replace(/,$/, '');
    const comma = word.endsWith(',') ? ',' : '';
    const previous = words[index - 1] ?? '';
    if (/^(?:that|which|who|whom|whose|where|when|to)$/i.test(bare)) inClause = true;
    if (inClause) {
      inVerbs = false;
      out.push(word);
      continue;
    }
    // A verb follows the start, a comma or a conjunction; after a verb comes its object.
    const opensSlot = index === 0 || /,$/.test(previous) || previous === 'and' || previous === 'or';
    if ((inVerbs || previous === 'and') && opensSlot && isVerb(bare, index, inVerbs)) {
      out.push(`${rewrite(bare)}${comma}`);
      continue;
    }
    const next = words[index + 1]?.replace(/,$/, '') ?? '';
    if (inVerbs && (bare === 'and' || bare === 'or') && out.length > 0 && isVerb(next, index + 1, true)) {
      out.push(word);
      continue;
    }
    inVerbs = false;
    out.push(word);
  }
  return out.join(' ');
}

/** "Design and implement scalable systems" → "designing and implementing scalable systems". */
export function baseVerbsToGerunds(phrase: string): string {
  return rewriteBaseVerbs(phrase, toGerund);
}

/** "Design and implement scalable systems" → "designed and implemented scalable systems". */
export function baseVerbsToPast(phrase: string): string {
  return rewriteBaseVerbs(phrase, toPast);
}

function rewriteBaseVerbs(phrase: string, rewrite: (word: string) => string): string {
  const words = phrase.trim().split(/\s+/);
  const inContext = verbTagsInContext(words);
  // The opening word was already judged a verb by whoever calls this, and words listed with it
  // ("Assess, plan and document …") or after "and" ("… and escalate to …") are verbs when the
  // tagger or the lexicon says so; "forklifts and pallet jacks" stays a noun phrase.
  return rewriteLeadingVerbs(
    phrase,
    (word, index, isLeading) =>
      index === 0
        ? isVerbShaped(word)
        : isLeading
          ? isBaseVerb(word, inContext[index] === true)
          : inContext[index] === true && isBaseVerb(word, true),
    rewrite,
  );
}

/** "deploying and monitoring models" → "deployed and monitored models". */
export function gerundsToPast(phrase: string): string {
  return rewriteLeadingVerbs(phrase, (word) => isGerund(word), gerundToPast);
}

/** Lower-cases the first letter unless the first word is a name, an acronym or a technology ("PyTorch", "AWS"). */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text.split(/[\s,:;]+/);
  if (!/^[A-Z][a-z'-]*$/.test(first)) return text;
  // A title-cased name ("Qualified Teacher Status") keeps its capitals.
  if (/^[A-Z][a-z]/.test(second)) return text;
  if (findTechnologies(first).length > 0) return text;
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** Drops a trailing full stop, semicolon or colon and surrounding space. */
export function stripEndPunctuation(text: string): string {
  return text.trim().replace(/[\s.;:,]+$/, '');
}

/** ["a"] → "a"; ["a", "b"] → "a and b"; ["a", "b", "c"] → "a, b, and c". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1)}`;
}
