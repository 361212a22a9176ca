import { rateVerdict, type TVerdictReason } from '../signals/rate-answer.js';
import type { TAnswerSignals } from '../signals/signals.js';
import { splitSentences } from '../text/split-sentences.js';
import { quoteAnswer } from './quote-answer.js';

/** The sentence of the answer that shows why it got its verdict. */
function decisiveSentence(
  answer: string,
  reason: TVerdictReason,
  signals: TAnswerSignals,
): string | undefined {
  const sentences = splitSentences(answer.trim(), { breakLines: true, lowerCaseStarts: true }).map(
    (s) => s.text,
  );
  const containing = (fragment: string | undefined) =>
    fragment === undefined ? undefined : sentences.find((sentence) => sentence.includes(fragment));
  switch (reason) {
    case 'denies':
      return signals.negations[0];
    case 'handed_off':
      return containing(signals.deflections[0]);
    case 'concrete':
    case 'some_concrete':
    case 'limited': {
      const items = [...signals.results, ...signals.numbers, ...signals.tools];
      return [...sentences].sort(
        (a, b) =>
          items.filter((item) => b.includes(item)).length - items.filter((item) => a.includes(item)).length,
      )[0];
    }
    default:
      return undefined;
  }
}

/**
 * A verbatim quote of the answer for a report: the sentence that shows why the answer got its
 * verdict (the denial, the hand-off, the sentence with the most results, figures and names), or
 * the answer's first full sentence when no one sentence decides it. Every section of the report
 * that quotes an answer quotes it this way, so the evidence for a strong answer is its concrete
 * sentence, not its "Yeah, that's the fun part."
 */
export function quoteDecisiveSentence(answer: string, signals: TAnswerSignals): string {
  const decisive = decisiveSentence(answer, rateVerdict(signals).reason, signals);
  return quoteAnswer(answer, decisive === undefined ? undefined : (sentence) => sentence === decisive);
}
