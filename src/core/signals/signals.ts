import type { TQuote } from '../evaluation.js';

/** What the deterministic signals found in one answer. Every list holds verbatim fragments of the answer. */
export type TAnswerSignals = {
  /** 1-based turn number. */
  turn: number;
  turnId: string;
  wordCount: number;
  /** The answer's language (ISO 639-1) and its name. */
  language: string;
  languageName: string;
  /** The reader reads this language word by word; otherwise only numbers, names and actions. */
  isFullyRead: boolean;
  /** How the answer opens: yes, a limited yes ("only on my own projects"), no, a skip. */
  stance: 'affirmative' | 'limited' | 'negative' | 'skip' | 'unknown' | 'empty';
  /** The question asks for context (the candidate's role, team, a typical week), not for a skill. */
  askedForContext: boolean;
  /** The question asks what the candidate would do in place of what they have done ("if you had to … yourself"). */
  askedHypothetically: boolean;
  /** A yes/no question answered yes ("Does that work for you?" — "Yes. I've been on nights since 2019."). */
  isConfirmation: boolean;
  /** "I don't know", "not sure", "pass", an empty answer, or a reply with no content words. */
  isNonAnswer: boolean;
  /** The candidate asked to skip ("skip", "pass" as whole words). */
  isSkip: boolean;
  /** Hedging phrases found ("not sure", "I think", "maybe"). */
  hedges: string[];
  /** Numbers that measure (quantities), outside denied or handed-off sentences; echoes of the question's numbers left out. */
  numbers: string[];
  /** Numbers that only name: standards, codes, years, versions, levels — never results. */
  designations: string[];
  /** Results told as a change with a measure ("went from 80 to 20", "cut to 12%"). */
  results: string[];
  /** Named tools, terms, codes and proper names in the candidate's own account. */
  tools: string[];
  /** First-person actions ("I built", "we reduced", "Called, …"). */
  firstPersonActions: string[];
  /** Words that hand the work to someone else ("my manager decided", "the vendor handles"). */
  deflections: string[];
  /** Sentences that deny experience or action ("I haven't run one"). */
  negations: string[];
  /** What those sentences deny (lemmas). */
  negatedTerms: string[];
  /** Each denied term with the sentence that denies it ("stack-up" — "I've never done a formal stack-up myself"). */
  deniedTerms: { term: string; sentence: string }[];
  /** Each noun of a sentence in which the candidate says they did something, with that sentence. */
  ownedTerms: { term: string; sentence: string }[];
  /** Sentences in which the candidate says the work was not theirs ("That was Dave's deal"). */
  disowning: string[];
  /** 0..1: how concrete the answer is (concreteness / 12). */
  specificity: number;
  /** Measured quantities, results, named terms, own actions and the job's vocabulary, weighted. */
  concreteness: number;
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
  /** resume: the interview contradicts the resume; interview: two answers contradict each other. */
  kind: 'resume' | 'interview';
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
