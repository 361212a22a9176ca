import type { ItemToken } from 'wink-nlp';
import { englishNlp } from '../reading/english-nlp.js';

type TToken = { value: string; lemma: string; pos: string; space: string };

const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);
const THIRD_SINGULAR = new Set(['he', 'she', 'it']);
const QUANTIFIERS = new Set(['many', 'several', 'few', 'multiple', 'various', 'both']);
/** Forms whose lemma is not a verb a learner would write in its place. */
const KEEP = new Set(['was', 'were', 'had', 'did', 'been', 'said', 'is', 'are', 'has', 'does']);

function readTokens(text: string): TToken[] {
  const nlp = englishNlp();
  const its = nlp.its;
  const tokens: TToken[] = [];
  nlp
    .readDoc(text)
    .tokens()
    .each((token: ItemToken) => {
      tokens.push({
        value: token.out(),
        lemma: token.out(its.lemma as typeof its.pos).toLowerCase(),
        pos: token.out(its.pos),
        space: token.out(its.precedingSpaces),
      });
    });
  return tokens;
}

function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

function isNumber(token: TToken | undefined): boolean {
  return token !== undefined && token.pos === 'NUM' && !/[%$€£]/.test(token.value);
}

/**
 * Rewrites English the way a fluent non-native speaker often writes it, with no change of
 * substance: every other article dropped ("I moved the lead" → "I moved lead"), a verb told in the
 * past after its subject put in its base form ("last year I moved her" → "last year I move her"),
 * the third person's -s dropped ("it takes" → "it take"), and the plural -s dropped after a number
 * or a quantifier ("four witnesses" → "four witness"). Numbers, names, punctuation and every
 * other word are kept as they were. Deterministic: the same text gives the same rewrite.
 *
 * @example
 *   rewriteNonNative('I interviewed the lead and four witnesses.') // 'I interview lead and four witness.'
 */
export function rewriteNonNative(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : rewriteLine(line)))
    .join('\n');
}

function rewriteLine(line: string): string {
  const tokens = readTokens(line);
  const leading = line.match(/^\s*/)?.[0] ?? '';
  let articles = 0;
  let capitaliseNext = false;
  // A dropped article's leading space goes to the word after it.
  let pendingSpace: string | null = null;
  let out = '';
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const lower = token.value.toLowerCase();
    let value = token.value;
    let space = index === 0 ? leading : token.space;
    // "exhibit A", "Plan A": a capital article inside a sentence is a name.
    const isArticle =
      token.pos === 'DET' &&
      ['the', 'a', 'an'].includes(lower) &&
      (token.value === lower || !previous || previous.pos === 'PUNCT') &&
      tokens[index + 1] !== undefined &&
      /^\p{L}/u.test(tokens[index + 1]!.value);
    if (isArticle) {
      articles++;
      if (articles % 2 === 1) {
        // Dropped: the next word takes the article's place (and its capital at a sentence start).
        capitaliseNext = /^\p{Lu}/u.test(token.value);
        pendingSpace = space;
        return;
      }
    }
    if (token.pos === 'VERB' && previous && SUBJECTS.has(previous.value.toLowerCase()) && !KEEP.has(lower)) {
      const isPast = lower !== token.lemma && !/(?:s|ing)$/.test(lower) && /^\p{L}+$/u.test(lower);
      const isThirdSingular = THIRD_SINGULAR.has(previous.value.toLowerCase()) && lower === `${token.lemma}s`;
      if (isPast || isThirdSingular) value = matchCase(token.lemma, token.value);
    }
    if (
      token.pos === 'NOUN' &&
      /^\p{Ll}+s$/u.test(token.value) &&
      token.lemma !== lower &&
      (isNumber(previous) || (previous !== undefined && QUANTIFIERS.has(previous.value.toLowerCase())))
    )
      value = token.lemma;
    if (capitaliseNext) {
      value = value.charAt(0).toUpperCase() + value.slice(1);
      capitaliseNext = false;
    }
    if (pendingSpace !== null) {
      space = pendingSpace;
      pendingSpace = null;
    }
    out += space + value;
  });
  return out;
}
