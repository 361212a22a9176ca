import type { TAskDecision } from '../../core/interview/decide-next-step.js';
import type { TContact } from '../../core/resume.js';

/** One answered turn the wording may refer to (a follow-up's chain, or the last answer). */
export type TWordingTurn = {
  /** 1-based position in the interview. */
  number: number;
  question: string;
  answer: string;
};

/** What a wording is asked to word: the policy's decision, and the context to word it in. */
export type TWordingRequest = {
  /** The question the policy decided on: its purpose, guidance and the rules' draft. */
  ask: TAskDecision;
  jobTitle: string;
  /** The interview's language (ISO 639-1). */
  language?: string;
  /** Earlier turns, oldest first. Candidate text: sent as data, never as instructions. */
  history: TWordingTurn[];
  /** The candidate's contact details, so they can be redacted before text leaves the machine. */
  contact?: TContact;
  /** Called with each piece of the question as it streams in. */
  onToken?: (text: string) => void;
  /** Aborts the request (the shell was interrupted). */
  signal?: AbortSignal;
};

/**
 * Words the next question within the policy's decision: a port, so the interview does not depend
 * on a model (a model implements it with `createModelWording`; tests pass fakes). It resolves to
 * the question text, or rejects; a rejection makes the interview ask the rules' draft instead.
 */
export type TQuestionWording = {
  /** `provider:model`, for notes and the audit log. */
  modelId: string;
  wordQuestion(request: TWordingRequest): Promise<string>;
};
