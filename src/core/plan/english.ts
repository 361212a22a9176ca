/**
 * The little English the question templates need: verb forms, list joining, casing. Rule-based
 * and deterministic; the lists cover the verbs job descriptions and resumes actually use.
 */
import { findTechnologies } from '../text/find-technologies.js';

const IRREGULAR_PAST_BY_GERUND: Record<string, string> = {
  building: 'built',
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

/** Base-form verbs that open responsibilities and "ability to …" requirements. */
const BASE_VERBS = new Set(
  `analyse analyze architect automate build collaborate communicate conduct contribute create debug define
  deliver deploy design develop drive ensure establish evaluate explore fine-tune help implement improve
  integrate investigate keep lead maintain manage mentor migrate monitor operate optimise optimize own partner
  present prototype research run scale ship support test train translate turn work write`.split(/\s+/),
);

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
  if (DOUBLED_FINAL_CONSONANT.has(word)) return `${word}${word.at(-1)}ing`;
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (word.endsWith('ee') || word.endsWith('ye') || word.endsWith('oe')) return `${word}ing`;
  if (word.endsWith('e')) return `${word.slice(0, -1)}ing`;
  return `${word}ing`;
}

/** "deploying" → "deployed", "building" → "built", "applying" → "applied". */
export function gerundToPast(gerund: string): string {
  const word = gerund.toLowerCase();
  const irregular = IRREGULAR_PAST_BY_GERUND[word];
  if (irregular !== undefined) return irregular;
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
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  return isGerund(first);
}

/** Whether a phrase opens with a base-form verb ("Design and implement …"). */
export function startsWithBaseVerb(phrase: string): boolean {
  const first = (phrase.trim().split(/[\s,;:]+/)[0] ?? '').toLowerCase();
  return BASE_VERBS.has(first);
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
  isVerb: (word: string) => boolean,
  rewrite: (word: string) => string,
): string {
  const words = phrase.trim().split(/\s+/);
  const out: string[] = [];
  let inVerbs = true;
  for (const [index, word] of words.entries()) {
    const bare = word.replace(/,$/, '');
    const comma = word.endsWith(',') ? ',' : '';
    const previous = words[index - 1] ?? '';
    if ((inVerbs || previous === 'and') && isVerb(bare)) {
      out.push(`${rewrite(bare)}${comma}`);
      continue;
    }
    const next = words[index + 1]?.replace(/,$/, '') ?? '';
    if (inVerbs && (bare === 'and' || bare === 'or') && out.length > 0 && isVerb(next)) {
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
  return rewriteLeadingVerbs(phrase, (word) => BASE_VERBS.has(word.toLowerCase()), toGerund);
}

/** "deploying and monitoring models" → "deployed and monitored models". */
export function gerundsToPast(phrase: string): string {
  return rewriteLeadingVerbs(phrase, isGerund, gerundToPast);
}

/** Lower-cases the first letter unless the first word is a name, an acronym or a technology ("PyTorch", "AWS"). */
export function lowerFirst(text: string): string {
  const first = text.split(/[\s,:;]+/)[0] ?? '';
  if (!/^[A-Z][a-z'-]*$/.test(first)) return text;
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
