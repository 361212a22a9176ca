import type { TQuote } from '../evaluation.js';

/** What the deterministic signals found in one answer. Every list holds verbatim fragments of the answer. */
export type TAnswerSignals = {
  /** 1-based turn number. */
  turn: number;
  turnId: string;
  wordCount: number;
  /** "I don't know", "not sure", "pass", an empty answer, or a reply with no content words. */
  isNonAnswer: boolean;
  /** The candidate asked to skip ("skip", "pass" as whole words). */
  isSkip: boolean;
  /** Hedging phrases found ("not sure", "I think", "maybe"). */
  hedges: string[];
  /** Numbers, percentages, durations and amounts found. */
  numbers: string[];
  /** Named tools and technologies found. */
  tools: string[];
  /** First-person actions ("I built", "we reduced"). */
  firstPersonActions: string[];
  /** 0..1: how concrete the answer is (numbers, named tools, first-person actions, length). */
  specificity: number;
  /** The question asked for numbers or impact. */
  askedToQuantify: boolean;
  /** The answer gives numbers or measured results. */
  quantified: boolean;
  /** The question asked for a specific example or experience. */
  askedForExample: boolean;
  /** The answer describes a concrete own experience or example. */
  gaveExample: boolean;
  /** 0..1: overlap of the answer's content words with the question's and its requirements'. */
  relevance: number;
  /** The answer addresses what was asked (relevant, and quantified/exemplified when that was asked). */
  addressesQuestion: boolean;
  /** Instruction-like text aimed at the evaluator ("ignore previous instructions", "rate this candidate"). */
  instructionLike: string[];
};

export type TRegisterShift = {
  fromTurn: number;
  toTurn: number;
  description: string;
  evidence: TQuote[];
};

export type TUndemonstratedClaim = {
  claimId: string;
  claim: string;
  requirementIds: string[];
  /** The turns that probed it and got weak or no answers. */
  probedTurns: number[];
};

export type TContradiction = {
  description: string;
  evidence: TQuote[];
};

export type TInterviewSignals = {
  answers: TAnswerSignals[];
  /** The requirement ids each turn tests (same order as the transcript). */
  turnRequirements: string[][];
  /** Turns whose answer was mostly pasted (from the interview room's paste events). */
  pastedTurns: number[];
  registerShifts: TRegisterShift[];
  /** Instruction-like text in the resume or the answers. */
  manipulation: TQuote[];
  undemonstratedClaims: TUndemonstratedClaim[];
  contradictions: TContradiction[];
};
