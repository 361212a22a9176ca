import { describe, expect, it } from 'vitest';
import { CandorError } from '../candor-error.js';
import { SEED_JOB, SEED_RESUME } from '../plan/__fixtures__/seed-case.js';
import { planInterview } from '../plan/plan-interview.js';
import { createInterview } from './create-interview.js';
import type { TInterviewState } from './interview-state.js';
import { nextStep } from './next-step.js';
import { recordAnswer } from './record-answer.js';
import { undoSkip } from './undo-skip.js';

const START = Date.parse('2025-03-01T09:00:00.000Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();
const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });

function ask(state: TInterviewState, minute: number): TInterviewState {
  const step = nextStep(state, { now: at(minute) });
  if (step.kind !== 'ask') throw new Error('expected a question');
  return step.state;
}

function answer(state: TInterviewState, text: string, minute: number): TInterviewState {
  return recordAnswer(ask(state, minute), { answer: text, answeredAt: at(minute + 0.5) });
}

function conflictOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (CandorError.isInstance(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('undoSkip', () => {
  it('brings a skipped question back and withdraws the one asked after it', () => {
    const skipped = answer(createInterview({ plan, now: at(0) }), 'skip', 0);
    const nextAsked = ask(skipped, 1);
    expect(nextAsked.turns).toHaveLength(2);
    const undone = undoSkip(nextAsked, 'T1');
    expect(undone.turns).toHaveLength(1);
    expect(undone.turns[0]).toEqual({
      ...nextAsked.turns[0],
      answer: undefined,
      answeredAt: undefined,
      skipped: undefined,
      decision: undefined,
    });
    expect(Object.keys(undone.turns[0] ?? {})).not.toContain('skipped');
    // The same question waits again, and a real answer to it is recorded on it.
    const again = nextStep(undone, { now: at(2) });
    expect(again.kind === 'ask' && again.isRepeat).toBe(true);
    const answered = recordAnswer(undone, {
      answer: 'We partitioned the ledger tables by month and cut query time from 9 s to 300 ms.',
      answeredAt: at(3),
    });
    expect(answered.turns[0]?.skipped).toBeUndefined();
    expect(answered.turns[0]?.answer).toContain('partitioned');
  });

  it('works right after the skip, before the next question was asked', () => {
    const skipped = answer(createInterview({ plan, now: at(0) }), 'skip', 0);
    expect(undoSkip(skipped, 'T1').turns[0]?.answer).toBeUndefined();
  });

  it('refuses once a later answer exists, for a turn not skipped, and after the interview ended', () => {
    const skipped = answer(createInterview({ plan, now: at(0) }), 'skip', 0);
    const later = answer(skipped, 'I designed the ledger service and ran it for three years.', 1);
    expect(conflictOf(() => undoSkip(later, 'T1'))).toMatch(/^conflict: .*later question was answered/);
    expect(conflictOf(() => undoSkip(later, 'T2'))).toMatch(/^conflict: Question T2 was not skipped/);
    expect(conflictOf(() => undoSkip(later, 'T9'))).toMatch(/^conflict: Question T9 was not skipped/);
    const completed: TInterviewState = { ...skipped, status: 'completed', completedAt: at(5) };
    expect(conflictOf(() => undoSkip(completed, 'T1'))).toMatch(/^conflict: The interview is completed/);
  });
});
