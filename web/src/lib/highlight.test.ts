import { describe, expect, it } from 'vitest';
import { findHighlights, findQuote, segmentText } from './highlight';

const ANSWER =
  'The Task: Multi-Document Question Answering\nImagine a task where a user asks a specific question that requires synthesizing information.';

describe('findQuote', () => {
  it('finds a verbatim quote', () => {
    expect(findQuote(ANSWER, 'Multi-Document Question Answering')).toEqual({ start: 10, end: 43 });
  });

  it('finds a quote whose whitespace the report collapsed, ignoring case', () => {
    const range = findQuote(ANSWER, 'question answering imagine a task');
    expect(range).toBeDefined();
    expect(ANSWER.slice(range!.start, range!.end)).toBe('Question Answering\nImagine a task');
  });

  it('treats regular-expression characters in a quote literally', () => {
    expect(findQuote('p99 (ms) went up [a lot]?', '(ms) went up [a lot]?')).toEqual({ start: 4, end: 25 });
    expect(findQuote('abc', 'a.c')).toBeUndefined();
  });

  it('finds nothing for a quote that is not there, or an empty one', () => {
    expect(findQuote(ANSWER, 'GANs and VAEs')).toBeUndefined();
    expect(findQuote(ANSWER, '   ')).toBeUndefined();
  });
});

describe('findHighlights', () => {
  it('merges overlapping quotes and keeps every label once', () => {
    const text = 'i dont know how to do it';
    expect(
      findHighlights(text, [
        { quote: 'know how to', label: 'Evasive answers' },
        { quote: 'i dont know', label: 'Resume discrepancy' },
        { quote: 'dont know', label: 'Evasive answers' },
      ]),
    ).toEqual([{ start: 0, end: 18, labels: ['Resume discrepancy', 'Evasive answers'] }]);
  });

  it('keeps separate quotes apart, in text order', () => {
    expect(
      findHighlights('alpha beta gamma', [
        { quote: 'gamma', label: 'B' },
        { quote: 'alpha', label: 'A' },
      ]),
    ).toEqual([
      { start: 0, end: 5, labels: ['A'] },
      { start: 11, end: 16, labels: ['B'] },
    ]);
  });
});

describe('segmentText', () => {
  it('cuts the text into plain and marked runs that join back to the original', () => {
    const segments = segmentText(ANSWER, [
      { quote: 'The Task: Multi-Document Question Answering', label: 'Possibly assisted answers' },
    ]);
    expect(segments[0]).toEqual({
      text: 'The Task: Multi-Document Question Answering',
      labels: ['Possibly assisted answers'],
    });
    expect(segments.map((segment) => segment.text).join('')).toBe(ANSWER);
  });

  it('gives the whole text as one plain run when nothing matches', () => {
    expect(segmentText('plain', [{ quote: 'absent', label: 'X' }])).toEqual([{ text: 'plain', labels: [] }]);
    expect(segmentText('', [])).toEqual([{ text: '', labels: [] }]);
  });
});
