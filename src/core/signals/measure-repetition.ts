export type TRepetition = {
  /** Words in the text. */
  words: number;
  /** Share of sentences that repeat an earlier one (0–1). */
  repeatedSentenceRatio: number;
  /** Share of word 4-grams that repeat an earlier one (0–1): catches repetition without full stops. */
  repeatedNgramRatio: number;
  /** The sentence repeated most often, as first written, and how many times it occurs. */
  mostRepeated: { sentence: string; count: number } | undefined;
  /** Long enough and repeated enough to tell a reviewer. */
  isRepetitive: boolean;
};

const NGRAM = 4;
/** Below this, a repeated phrase is ordinary speech ("yes, yes"). */
const MIN_WORDS = 40;
/** Above these shares the text mostly says the same thing again. */
const SENTENCE_THRESHOLD = 0.5;
const NGRAM_THRESHOLD = 0.6;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How much of a text repeats itself: the share of repeated sentences and of repeated word
 * 4-grams, and the sentence repeated most. General, not tied to one sentence or language: a
 * sentence pasted 170 times, a paragraph pasted twice or a phrase looped without full stops all
 * show. Pure and linear in the text's length.
 */
export function measureRepetition(text: string): TRepetition {
  const sentences = text
    .split(/(?<=[.!?。！？])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => normalise(sentence) !== '');
  const counts = new Map<string, { sentence: string; count: number }>();
  for (const sentence of sentences) {
    const key = normalise(sentence);
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { sentence, count: 1 });
    else entry.count++;
  }
  const repeatedSentenceRatio =
    sentences.length === 0 ? 0 : (sentences.length - counts.size) / sentences.length;
  let mostRepeated: TRepetition['mostRepeated'];
  for (const entry of counts.values()) {
    if (entry.count > 1 && (mostRepeated === undefined || entry.count > mostRepeated.count))
      mostRepeated = entry;
  }

  const words = normalise(text)
    .split(' ')
    .filter((word) => word !== '');
  const ngrams = new Set<string>();
  let total = 0;
  for (let index = 0; index + NGRAM <= words.length; index++) {
    ngrams.add(words.slice(index, index + NGRAM).join(' '));
    total++;
  }
  const repeatedNgramRatio = total === 0 ? 0 : (total - ngrams.size) / total;
  return {
    words: words.length,
    repeatedSentenceRatio,
    repeatedNgramRatio,
    mostRepeated,
    isRepetitive:
      words.length >= MIN_WORDS &&
      (repeatedSentenceRatio >= SENTENCE_THRESHOLD || repeatedNgramRatio >= NGRAM_THRESHOLD),
  };
}
