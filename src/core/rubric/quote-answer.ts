import { splitSentences } from '../text/split-sentences.js';

const MAX_QUOTE_LENGTH = 240;

/**
 * A verbatim quote of an answer for a report: the whole answer when short, otherwise its most
 * telling sentence (one `prefer` picks, else the first full sentence).
 */
export function quoteAnswer(answer: string, prefer?: (sentence: string) => boolean): string {
  const trimmed = answer.trim();
  if (trimmed.length <= MAX_QUOTE_LENGTH && !trimmed.includes('\n')) return trimmed;
  const all = splitSentences(trimmed, { breakLines: true }).map((sentence) => sentence.text);
  // Headings and fragments ("The Task: …") say little on their own: prefer real sentences.
  const full = all.filter((sentence) => sentence.split(/\s+/).length >= 6);
  const sentences = full.length > 0 ? full : all;
  const chosen = (prefer ? sentences.find(prefer) : undefined) ?? sentences[0] ?? trimmed;
  return chosen.length <= MAX_QUOTE_LENGTH
    ? chosen
    : chosen.slice(0, MAX_QUOTE_LENGTH).replace(/\s+\S*$/, '');
}
