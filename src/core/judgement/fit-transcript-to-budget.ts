import type { TTranscript } from '../transcript.js';
import { estimateTokens } from './estimate-tokens.js';

export type TFitTranscriptResult = {
  /** The transcript to send: every turn and question kept; some answers shortened or omitted. */
  transcript: TTranscript;
  /** 1-based turns whose answer was shortened (head and tail kept, the middle marked). */
  shortened: number[];
  /** 1-based turns whose answer was left out entirely (middle turns first). */
  omitted: number[];
  /** The answers' tokens before and after. */
  answerTokens: { before: number; after: number };
};

/** Written where words of an answer were cut; a quote across it cannot verify, by design. */
export const ELISION = ' […] ';
export const OMITTED_ANSWER = '[answer left out to fit the token budget]';
/** Answers are never shortened below this many words before middle turns are left out. */
const MIN_WORDS = 30;

/**
 * Fits the transcript's answers into `answerBudget` tokens, deterministically. Every question
 * stays. First the longest answers are shortened to a common length in words (the largest that
 * fits; the first two thirds and the last third of the kept words stay, so the quotable text is
 * the candidate's own), then, if even answers of MIN_WORDS words are too many, answers are left
 * out from the middle of the interview outwards: openings and the latest answers stay longest.
 */
export function fitTranscriptToBudget(transcript: TTranscript, answerBudget: number): TFitTranscriptResult {
  const answers = transcript.turns.map((turn) => turn.answer);
  const tokens = answers.map(estimateTokens);
  const before = sum(tokens);
  if (before <= answerBudget) {
    return { transcript, shortened: [], omitted: [], answerTokens: { before, after: before } };
  }

  const words = answers.map((answer) => answer.split(/\s+/).filter((word) => word.length > 0));
  const longest = Math.max(...words.map((list) => list.length));
  const cache = new Map<number, { texts: string[]; total: number }>();
  const capped = (cap: number) => {
    const known = cache.get(cap);
    if (known !== undefined) return known;
    const texts = answers.map((answer, index) =>
      words[index]!.length > cap ? shorten(words[index]!, cap) : answer,
    );
    const total = sum(
      texts.map((text, index) => (text === answers[index] ? tokens[index]! : estimateTokens(text))),
    );
    const result = { texts, total };
    cache.set(cap, result);
    return result;
  };

  // The largest cap (in words) whose answers fit: binary search over MIN_WORDS..longest.
  let low = MIN_WORDS;
  let high = longest;
  if (capped(low).total <= answerBudget) {
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (capped(middle).total <= answerBudget) low = middle;
      else high = middle - 1;
    }
  }
  const texts = [...capped(low).texts];
  const shortened = texts.flatMap((text, index) => (text === answers[index] ? [] : [index + 1]));
  let total = capped(low).total;
  const textTokens = texts.map((text, index) =>
    text === answers[index] ? tokens[index]! : estimateTokens(text),
  );

  const omitted: number[] = [];
  const omittedTokens = estimateTokens(OMITTED_ANSWER);
  for (const index of middleOutwards(texts.length)) {
    if (total <= answerBudget) break;
    if (textTokens[index]! <= omittedTokens) continue;
    total += omittedTokens - textTokens[index]!;
    texts[index] = OMITTED_ANSWER;
    omitted.push(index + 1);
  }
  omitted.sort((a, b) => a - b);

  return {
    transcript: {
      ...transcript,
      turns: transcript.turns.map((turn, index) =>
        texts[index] === turn.answer ? turn : { ...turn, answer: texts[index]! },
      ),
    },
    shortened: shortened.filter((turn) => !omitted.includes(turn)),
    omitted,
    answerTokens: { before, after: total },
  };
}

function shorten(words: readonly string[], cap: number): string {
  const head = Math.ceil((cap * 2) / 3);
  const tail = cap - head;
  return `${words.slice(0, head).join(' ')}${ELISION}${words.slice(words.length - tail).join(' ')}`;
}

/** Indexes from the middle of 0..count-1 outwards, the later side first on ties. */
function middleOutwards(count: number): number[] {
  const centre = (count - 1) / 2;
  return Array.from({ length: count }, (_, index) => index).sort(
    (a, b) => Math.abs(a - centre) - Math.abs(b - centre) || b - a,
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
