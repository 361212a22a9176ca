import type { TDecisionRecord, TNewRecord } from './records.js';

export type TDecisionRow = TDecisionRecord;

/** Recruiters' decisions: appended, never changed. */
export type TDecisionRepository = {
  /** Oldest first: the last is the candidate's decision. */
  list(organisationId: string, candidateId: string): Promise<TDecisionRow[]>;
  /** The decisions on these candidates in the organisation, oldest first. */
  listOf(organisationId: string, candidateIds: readonly string[]): Promise<TDecisionRow[]>;
  insert(row: TNewRecord<TDecisionRecord>): Promise<void>;
};
