import { describe, expect, it } from 'vitest';
import { candidateTexts, type TCandidateTexts } from './candidate-texts.js';

/**
 * Arguments to call each text that is a function with, every branch covered: a key missing here
 * fails the test, so a new text cannot slip past the comparison below.
 */
const CALLS: Record<string, unknown[][]> = {
  question: [[3, 7]],
  followUp: [[1]],
  minutesLeft: [[12]],
  aboutMinutesLeft: [[1], [12]],
  timeWarning: [[0], [1], [5]],
  answered: [[2, 7]],
  tooLong: [[21000, 20000]],
  characterCount: [['120', '20,000']],
  overLimit: [['15']],
  newLineKey: [[true], [false]],
  sendKey: [[undefined], ['Ctrl+Enter']],
  interviewFor: [['Night nurse']],
  terminalTitle: [['Night nurse']],
  sessionSaved: [
    ['abc123', false],
    ['abc123', true],
  ],
  noticeHeading: [['Night nurse']],
  noticeAi: [['Riverbend']],
  noticeKept: [['Riverbend', 180]],
  humanAlternative: [['people@riverbend.example']],
  noticeHowLong: [[7, 25]],
  personRequestedLead: [[undefined], ['Night nurse']],
  personRequestedBody: [[undefined], ['Riverbend']],
  thanksLead: [[undefined], ['Night nurse']],
  thanksBody: [[undefined], ['Riverbend']],
};

/** Every text a candidate can read, by path ("raceLabels.asian", "sendKey(Ctrl+Enter)"). */
function walk(texts: TCandidateTexts): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'function') {
      const calls = CALLS[path];
      if (calls === undefined) throw new Error(`no sample arguments for the text "${path}"`);
      for (const args of calls)
        visit((value as (...a: unknown[]) => unknown)(...args), `${path}(${args.join(', ')})`);
    } else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) visit(inner, `${path}.${key}`);
    else throw new Error(`the text "${path}" is ${String(value)}`);
  };
  for (const [key, value] of Object.entries(texts)) visit(value, key);
  return found;
}

/** Words that read the same in both languages. */
const SAME_IN_BOTH = new Set<string>([]);

describe('the candidate-facing texts', () => {
  const english = walk(candidateTexts('en'));
  const spanish = walk(candidateTexts('es'));

  it('has every English text in Spanish, and none of them left in English', () => {
    expect(english.size).toBeGreaterThan(90);
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    const untranslated = [...english].filter(
      ([path, text]) => !SAME_IN_BOTH.has(path) && (spanish.get(path) ?? '').trim() === text.trim(),
    );
    expect(untranslated).toEqual([]);
    for (const [path, text] of spanish) expect(text.trim(), path).not.toBe('');
  });

  it('leaves no English words in a Spanish text', () => {
    const englishWords =
      /\b(?:the|and|your|you|question|answer|interview|send|skip|ask|person|please|thank|left|minutes?|press|instead|of)\b/i;
    const leftovers = [...spanish].filter(([, text]) => englishWords.test(text.replace(/Ctrl|Candor/g, '')));
    expect(leftovers).toEqual([]);
  });

  it('falls back to English for a language worded only by a model', () => {
    expect(candidateTexts('de').start).toBe(candidateTexts('en').start);
    expect(candidateTexts(undefined).start).toBe('Start the interview');
  });
});
