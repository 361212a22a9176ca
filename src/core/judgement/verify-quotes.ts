import type { TQuote } from '../evaluation.js';
import type { TResume } from '../resume.js';
import type { TTranscript } from '../transcript.js';
import type { TModelQuote } from './model-judgement.js';

export type TQuoteSources = { transcript: TTranscript; resume: TResume };

export type TDroppedQuote = {
  quote: TModelQuote;
  /** Where it was looked for, in words: "turn 3's answer", "the resume". */
  searched: string;
};

export type TVerifyQuotesResult = {
  /** Verified quotes, their text replaced by the exact passage of the source (original whitespace). */
  verified: TQuote[];
  dropped: TDroppedQuote[];
};

/**
 * Keeps the quotes found verbatim in the source they name: a transcript quote in that turn's
 * answer, a resume quote in the resume text. Only whitespace is normalised (runs of spaces and
 * line breaks compare equal); case, punctuation and spelling must match. A transcript quote
 * without a turn is looked for in every answer and takes the turn of the first that holds it.
 */
export function verifyQuotes(quotes: readonly TModelQuote[], sources: TQuoteSources): TVerifyQuotesResult {
  const verified: TQuote[] = [];
  const dropped: TDroppedQuote[] = [];
  const answers = sources.transcript.turns.map((turn) => turn.answer);

  for (const quote of quotes) {
    if (quote.source === 'resume') {
      const text = findVerbatim(sources.resume.text, quote.text);
      if (text === undefined) dropped.push({ quote, searched: 'the resume' });
      else addUnique(verified, { source: 'resume', text });
      continue;
    }

    if (quote.turn === null) {
      const found = answers
        .map((answer, index) => ({ turn: index + 1, text: findVerbatim(answer, quote.text) }))
        .find((candidate) => candidate.text !== undefined);
      if (found?.text === undefined) dropped.push({ quote, searched: 'any answer' });
      else addUnique(verified, { source: 'transcript', turn: found.turn, text: found.text });
      continue;
    }

    const answer = Number.isInteger(quote.turn) ? answers[quote.turn - 1] : undefined;
    const text = answer === undefined ? undefined : findVerbatim(answer, quote.text);
    if (text === undefined) dropped.push({ quote, searched: `turn ${quote.turn}'s answer` });
    else addUnique(verified, { source: 'transcript', turn: quote.turn, text });
  }
  return { verified, dropped };
}

/**
 * The passage of `source` that `quote` reproduces, compared with whitespace normalised; the
 * returned text is the source's own (so it is a true substring). A quote wrapped in quotation
 * marks is also tried without them. Undefined when not found or empty.
 */
export function findVerbatim(source: string, quote: string): string | undefined {
  const needle = normalizeWhitespace(quote);
  if (needle.length === 0) return undefined;
  const found = findNormalized(source, needle);
  if (found !== undefined) return found;
  const unwrapped = needle.match(/^["“”'‘’](.+)["“”'‘’]$/s)?.[1];
  return unwrapped === undefined ? undefined : findNormalized(source, unwrapped.trim());
}

function findNormalized(source: string, needle: string): string | undefined {
  if (needle.length === 0) return undefined;
  // The source with each whitespace run collapsed to one space, and for every character of that
  // collapsed text, its index in the source.
  let collapsed = '';
  const positions: number[] = [];
  let inWhitespace = false;
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (/\s/.test(character)) {
      if (!inWhitespace) {
        collapsed += ' ';
        positions.push(index);
      }
      inWhitespace = true;
    } else {
      collapsed += character;
      positions.push(index);
      inWhitespace = false;
    }
  }
  const start = collapsed.indexOf(needle);
  if (start < 0) return undefined;
  const end = positions[start + needle.length - 1]! + 1;
  return source.slice(positions[start]!, end);
}

function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function addUnique(quotes: TQuote[], quote: TQuote): void {
  if (
    !quotes.some(
      (other) => other.source === quote.source && other.turn === quote.turn && other.text === quote.text,
    )
  ) {
    quotes.push(quote);
  }
}
