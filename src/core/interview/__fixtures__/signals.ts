import type { TAnswerSignals } from '../../signals/signals.js';

/** Hand-made signals for policy tests: a middling, relevant answer unless overridden. */
export function makeSignals(overrides: Partial<TAnswerSignals> = {}): TAnswerSignals {
  return {
    turn: 1,
    turnId: 'T1',
    wordCount: 20,
    isNonAnswer: false,
    isSkip: false,
    hedges: [],
    numbers: [],
    tools: [],
    firstPersonActions: [],
    specificity: 0.3,
    askedToQuantify: false,
    quantified: false,
    askedForExample: false,
    gaveExample: false,
    relevance: 0.67,
    addressesQuestion: true,
    instructionLike: [],
    ...overrides,
  };
}
