import type { TInterviewPlan } from '../plan/interview-plan.js';
import type { TInterviewState } from './interview-state.js';
import { parseInstant } from './parse-instant.js';

export type TCreateInterviewInput = {
  plan: TInterviewPlan;
  /** When the interview starts (ISO 8601); the time budget counts from here. */
  now: string;
};

/** A new interview over a plan, with nothing asked yet. */
export function createInterview(input: TCreateInterviewInput): TInterviewState {
  parseInstant(input.now, 'now');
  return {
    version: 1,
    plan: input.plan,
    status: 'in_progress',
    startedAt: input.now,
    timeWarningGiven: false,
    turns: [],
  };
}
