import nlp from 'compromise';

/** Words that join or lead into something: a phrase never ends on one. */
const JOINING_WORDS =
  /^(?:and|or|nor|but|plus|as|well|than|to|of|in|on|at|for|by|with|from|into|onto|about|across|within|under|over|per|via|through|during|including|the|a|an|its|their|your|our|this|these|those|any|all|each|every|such|up|out|off)$/i;
/** Where one coordinated part of a phrase starts: "and", "or", or a comma after the word before. */
const COORDINATOR = /^(?:and|or|&)$/i;

type TTerm = { text: string; tags: string[] };

/** The tags compromise gives each word of the phrase, read as a whole (so "care" in "document care" is a noun). */
function tagsOf(words: readonly string[]): string[][] {
  const terms = (nlp(words.join(' ')).json() as { terms: TTerm[] }[]).flatMap((part) => part.terms);
  // compromise splits few words apart ("year-end" stays one); when it does, words fall back to no tags.
  return terms.length === words.length ? terms.map((term) => term.tags) : words.map(() => []);
}

/** The word leaves the phrase hanging: a verb with nothing after it, or an adjective without its noun. */
function isDangling(tags: readonly string[]): boolean {
  if (tags.includes('Noun') || tags.includes('Acronym') || tags.includes('Value')) return false;
  return tags.includes('Verb') || tags.includes('Adjective') || tags.includes('Determiner');
}

/**
 * The words of a shortened phrase cut back to where the phrase is whole: never ending on a
 * conjunction, a preposition or an article ("… and", "… to"), on a verb left without its object
 * ("recognizing early signs of deterioration and escalating") or an adjective left without its
 * noun ("repair residential"). A dangling last part goes back to before its "and", "or" or
 * comma. Undefined when nothing whole is left. Parts of speech from compromise, read in context.
 *
 * @example
 *   endAtPhraseBoundary('Recognizing early signs of deterioration and escalating'.split(' '))
 *   // ['Recognizing', 'early', 'signs', 'of', 'deterioration']
 */
export function endAtPhraseBoundary(words: readonly string[], minWords = 2): string[] | undefined {
  // The words as written, commas kept inside; the last one loses its trailing punctuation.
  const ending = (count: number) =>
    words.slice(0, count).map((word, index) => (index === count - 1 ? word.replace(/[,;:]+$/, '') : word));
  /** Where the coordinated part that ends at `count` starts (after its "and", "or" or comma), or 0. */
  const partStart = (count: number) => {
    for (let index = count - 1; index > 0; index--) {
      if (COORDINATOR.test(words[index] ?? '')) return index + 1;
      if (/,$/.test(words[index - 1] ?? '')) return index;
    }
    return 0;
  };
  let count = words.length;
  // A verb's part was cut away: a one-word part before it is another verb of the same list
  // ("install, troubleshoot and repair …"), whatever the tagger makes of it alone.
  let afterVerbPart: boolean = false;
  for (let step = 0; step < words.length && count >= minWords; step++) {
    const current = ending(count);
    if (JOINING_WORDS.test(current.at(-1) ?? '')) {
      count--;
      continue;
    }
    const tags = tagsOf(current);
    const start = partStart(count);
    // A last part of one word that reads as a verb ("… 50 pounds and stand") has lost its object.
    const isLoneVerb: boolean =
      start > 0 &&
      count - start === 1 &&
      (tagsOf(['to', current.at(-1) ?? ''])[1]?.includes('Infinitive') ?? false);
    const isVerbSibling: boolean = start > 0 && count - start === 1 && (afterVerbPart || isLoneVerb);
    if (!isVerbSibling && !isDangling(tags.at(-1) ?? [])) return current;
    if (start <= 0) return undefined;
    afterVerbPart = isVerbSibling || (tags[start]?.includes('Verb') ?? false);
    count = COORDINATOR.test(words[start - 1] ?? '') ? start - 1 : start;
  }
  return undefined;
}
