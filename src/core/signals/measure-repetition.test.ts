import { describe, expect, it } from 'vitest';
import { describeRepeatedAnswers } from './describe-repeated-answers.js';
import { measureRepetition } from './measure-repetition.js';

const SENTENCE = 'I led the migration of the billing service to Kubernetes.';
const VARIED =
  'At Fernhill I rebuilt the card authorisation service in Go. The old Java service timed out under load, so I split it into three parts. ' +
  'We measured p99 latency before and after: it went from 480 ms to 120 ms. I wrote the runbook and trained two colleagues on call. ' +
  'The hardest part was the cut-over, which we did behind a flag over two weeks while watching the error budget closely every day.';

describe('measureRepetition', () => {
  it('notices one sentence repeated 170 times', () => {
    const repetition = measureRepetition(Array.from({ length: 170 }, () => SENTENCE).join(' '));
    expect(repetition.isRepetitive).toBe(true);
    expect(repetition.mostRepeated).toEqual({ sentence: SENTENCE, count: 170 });
    expect(repetition.repeatedSentenceRatio).toBeCloseTo(169 / 170);
  });

  it('notices a phrase looped without full stops, and a paragraph pasted three times', () => {
    const looped = measureRepetition(
      Array.from({ length: 40 }, () => 'we scaled the service up').join(' and '),
    );
    expect(looped.isRepetitive).toBe(true);
    expect(looped.repeatedSentenceRatio).toBe(0);
    expect(looped.repeatedNgramRatio).toBeGreaterThan(0.6);
    const pasted = measureRepetition([VARIED, VARIED, VARIED].join('\n\n'));
    expect(pasted.isRepetitive).toBe(true);
    expect(pasted.mostRepeated?.count).toBe(3);
  });

  it('leaves an ordinary answer and a short repetition alone', () => {
    const varied = measureRepetition(VARIED);
    expect(varied.isRepetitive).toBe(false);
    expect(varied.repeatedSentenceRatio).toBe(0);
    expect(varied.mostRepeated).toBeUndefined();
    expect(measureRepetition('Yes. Yes. Yes.').isRepetitive).toBe(false);
    expect(measureRepetition('').isRepetitive).toBe(false);
  });

  it('ignores case and punctuation when comparing sentences', () => {
    const text = Array.from({ length: 30 }, (_, index) =>
      index % 2 === 0 ? SENTENCE : SENTENCE.toUpperCase(),
    ).join(' ');
    expect(measureRepetition(text).mostRepeated?.count).toBe(30);
  });
});

describe('describeRepeatedAnswers', () => {
  it('names the question, the share repeated and the sentence', () => {
    const notes = describeRepeatedAnswers({
      version: 1,
      turns: [
        {
          id: 'T1',
          type: 'JD',
          question: 'Tell me about a project.',
          answer: VARIED,
          requirementIds: [],
          claimIds: [],
        },
        {
          id: 'T2',
          type: 'JD',
          question: 'What did you migrate?',
          answer: Array.from({ length: 170 }, () => SENTENCE).join(' '),
          requirementIds: [],
          claimIds: [],
        },
      ],
    });
    expect(notes).toEqual([
      `The answer to question 2 repeats itself: 99% of it says again what it already said. The sentence repeated most appears 170 times: "${SENTENCE}". A reviewer should read it before relying on its length or its evidence.`,
    ]);
  });
});
