import { describe, expect, it } from 'vitest';
import { elapsedMinutes, PAUSE_AFTER_MINUTES } from './elapsed-minutes.js';
import type { TInterviewState } from './interview-state.js';

const start = Date.parse('2026-11-28T10:00:00Z');
const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();

function stateWith(turns: Array<{ asked: number; answered?: number }>): TInterviewState {
  return {
    startedAt: at(0),
    turns: turns.map((turn, index) => ({
      id: `T${index + 1}`,
      askedAt: at(turn.asked),
      ...(turn.answered === undefined ? {} : { answeredAt: at(turn.answered), answer: 'an answer' }),
    })),
  } as unknown as TInterviewState;
}

describe('elapsedMinutes', () => {
  it('counts the time from the start through every question and answer', () => {
    expect(
      elapsedMinutes(
        stateWith([
          { asked: 0, answered: 3 },
          { asked: 3, answered: 7 },
        ]),
        at(8),
      ),
    ).toBeCloseTo(8);
  });

  it('leaves out a pause (a resume the next day)', () => {
    const state = stateWith([{ asked: 0, answered: 3 }, { asked: 3 }]);
    expect(elapsedMinutes(state, at(3 + 24 * 60))).toBeCloseTo(3);
    expect(elapsedMinutes(state, at(3 + PAUSE_AFTER_MINUTES))).toBeCloseTo(3 + PAUSE_AFTER_MINUTES);
  });
});
