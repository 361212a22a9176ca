import type { TTranscript } from '../transcript.js';
import { measureRepetition } from './measure-repetition.js';

const MAX_SENTENCE_LENGTH = 120;

/**
 * The report's notes on answers that mostly repeat themselves (measureRepetition): which
 * question, how much of the answer is repetition, and the sentence repeated most. A note for a
 * reviewer, never a verdict. No note when no answer repeats itself.
 */
export function describeRepeatedAnswers(transcript: TTranscript): string[] {
  return transcript.turns.flatMap((turn, index) => {
    const repetition = measureRepetition(turn.answer);
    if (!repetition.isRepetitive) return [];
    const share = Math.round(Math.max(repetition.repeatedSentenceRatio, repetition.repeatedNgramRatio) * 100);
    const most = repetition.mostRepeated;
    const sentence =
      most === undefined
        ? ''
        : ` The sentence repeated most appears ${most.count} times: "${
            most.sentence.length > MAX_SENTENCE_LENGTH
              ? `${most.sentence.slice(0, MAX_SENTENCE_LENGTH).trimEnd()}…`
              : most.sentence
          }".`;
    return [
      `The answer to question ${index + 1} repeats itself: ${share}% of it says again what it already said.${sentence} A reviewer should read it before relying on its length or its evidence.`,
    ];
  });
}
