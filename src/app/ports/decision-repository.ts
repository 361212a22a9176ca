import type { Insertable, Selectable } from 'kysely';
import type { TDecisionsTable } from '../../adapters/storage/database-schema.js';

export type TDecisionRow = Selectable<TDecisionsTable>;

/** Recruiters' decisions: appended, never changed. */
export type TDecisionRepository = {
  /** Oldest first: the last is the candidate's decision. */
  list(organisationId: string, candidateId: string): Promise<TDecisionRow[]>;
  /** The decisions on these candidates in the organisation, oldest first. */
  listOf(organisationId: string, candidateIds: readonly string[]): Promise<TDecisionRow[]>;
  insert(row: Insertable<TDecisionsTable>): Promise<void>;
};
