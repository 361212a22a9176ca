import { splitSentences } from '../text/split-sentences.js';

const MAX_QUOTE_LENGTH = 240;

/**
 * The longest run of whole clauses of `sentence` that starts it and fits in `limit` characters:
 * a quote ends where the candidate's own punctuation ends a clause (";", ":", "—", ","), never
 * mid-clause. A sentence with no such place is quoted whole.
 */
function clauseWithin(sentence: string, limit: number): string {
  if (sentence.length <= limit) return sentence;
  let best = '';
  for (const match of sentence.matchAll(/[;:—–,](?=\s)/g)) {
    const end = match.index ?? 0;
    if (end > limit) break;
    best = sentence.slice(0, end).trimEnd();
  }
  return best.split(/\s+/).length >= 6 ? best : sentence;
}

/**
 * A verbatim quote of an answer for a report: the whole answer when short, otherwise its most
 * telling sentence (one `prefer` picks, else the first full sentence), ending at a sentence or
 * clause boundary.
 *
 * @example
 *   quoteAnswer('i dont know how')                         // 'i dont know how'
 *   quoteAnswer(longAnswer, (s) => s.includes('p99'))      // the sentence with "p99", whole
 */
export function quoteAnswer(answer: string, prefer?: (sentence: string) => boolean): string {
  const trimmed = answer.trim();
  if (trimmed.length <= MAX_QUOTE_LENGTH && !trimmed.includes('\n')) return trimmed;
  const all = splitSentences(trimmed, { breakLines: true, lowerCaseStarts: true }).map(
    (sentence) => sentence.text,
  );
  // Headings and fragments ("The Task: …") say little on their own: prefer real sentences.
  const full = all.filter((sentence) => sentence.split(/\s+/).length >= 6);
  const sentences = full.length > 0 ? full : all;
  const chosen =
    (prefer ? (sentences.find(prefer) ?? all.find(prefer)) : undefined) ?? sentences[0] ?? trimmed;
  return clauseWithin(chosen, MAX_QUOTE_LENGTH);
}
