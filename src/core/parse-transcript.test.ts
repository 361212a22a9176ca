import { describe, expect, it } from 'vitest';
import type { CandorError } from './candor-error.js';
import { parseTranscript, safeParseTranscript } from './parse-transcript.js';

function errorOf(json: unknown): CandorError {
  const result = safeParseTranscript(json, 'interview.json');
  if (result.success) throw new Error('expected a parse failure');
  return result.error;
}

describe('parseTranscript', () => {
  it('reads the seed form, numbering turns and normalising types', () => {
    const transcript = parseTranscript([
      { type: 'JD', question: 'Q1?', answer: 'A1' },
      { type: 'follow-up', question: 'Q2?', answer: '' },
      { type: 'Behavioural', question: 'Q3?', answer: 'A3' },
    ]);
    expect(transcript.turns.map((turn) => [turn.id, turn.type])).toEqual([
      ['t1', 'JD'],
      ['t2', 'Follow-up'],
      ['t3', 'Behavioral'],
    ]);
    expect(transcript.turns[1]!.answer).toBe('');
  });

  it("reads Candor's form with ids, links and timestamps", () => {
    const transcript = parseTranscript({
      version: 1,
      turns: [
        {
          id: 'a',
          type: 'JD',
          question: 'Q?',
          answer: 'A',
          requirementIds: ['R1'],
          askedAt: '2026-11-28T10:00:00Z',
        },
        {
          id: 'b',
          type: 'Follow-up',
          followUpOf: 'a',
          followUpReason: 'vague',
          question: 'Q2?',
          answer: 'B',
        },
      ],
    });
    expect(transcript.turns[1]).toMatchObject({ followUpOf: 'a', followUpReason: 'vague', claimIds: [] });
  });

  it.each([
    [[{ type: 'JD', question: 'Q?' }], /interview\.json: turn 1, field "answer"/],
    [
      [
        { type: 'JD', question: 'Q?', answer: 'A' },
        { type: 'Chat', question: 'Q?', answer: 'A' },
      ],
      /turn 2, field "type": "Chat" is not a question type/,
    ],
    [[{ type: 'JD', question: '', answer: 'A' }], /turn 1, field "question"/],
    [[], /has no turns/],
    ['a string', /expected an array/],
    [{ version: 1, turns: [{ id: 'a', type: 'JD', question: 'Q?', answer: 5 }] }, /turn 1, field "answer"/],
    [{ version: 2, turns: [] }, /field "version"/],
    [
      {
        version: 1,
        turns: [
          { id: 'a', type: 'JD', question: 'Q?', answer: 'A' },
          { id: 'a', type: 'JD', question: 'Q?', answer: 'A' },
        ],
      },
      /turn 2, field "id": "a" is used by an earlier turn/,
    ],
    [
      { version: 1, turns: [{ id: 'a', type: 'Follow-up', followUpOf: 'z', question: 'Q?', answer: 'A' }] },
      /turn 1, field "followUpOf": "z" is not the id of an earlier turn/,
    ],
  ])('names the problem: %j', (json, message) => {
    const error = errorOf(json);
    expect(error.code).toBe('invalid_transcript');
    expect(error.message).toMatch(message);
  });
});
