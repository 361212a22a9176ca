import type { Insertable, Selectable, Updateable } from 'kysely';
import type { TCandidatesTable, TInterviewLinksTable } from '../../adapters/storage/database-schema.js';
import type { TErasedCandidate, TErasureActor } from '../../adapters/storage/erase-candidate.js';
import type { TCandidateStatus } from '../../core/candidate/candidate-status.js';

export type TCandidateRow = Selectable<TCandidatesTable>;

export type TCandidateStatusChange = {
  candidateId: string;
  to: TCandidateStatus;
  /** Narrows the statuses changed from (within those CANDIDATE_TRANSITIONS allows). */
  from?: readonly TCandidateStatus[];
  now: string;
  /** Columns written with the status (the session id on consent, the recommendation on evaluation). */
  set?: Omit<Updateable<TCandidatesTable>, 'status' | 'updated_at' | 'id'>;
  /** Throw CandorError 'conflict' naming a refused change, instead of resolving to false. */
  isRefusalAnError?: boolean;
};

/** Candidates, always within one organisation (lookups) or by id from a claimed job (status). */
export type TCandidateRepository = {
  find(organisationId: string, candidateId: string): Promise<TCandidateRow | undefined>;
  insert(row: Insertable<TCandidatesTable>): Promise<void>;
  /** Marks the candidate changed (a decision recorded) without changing its status. */
  touch(candidateId: string, at: string): Promise<void>;
  /**
   * The one status write: only along CANDIDATE_TRANSITIONS, in one conditional UPDATE. Resolves
   * to whether it changed the candidate.
   */
  changeStatus(change: TCandidateStatusChange): Promise<boolean>;
  /** Revokes the candidate's live interview links. */
  revokeLinks(organisationId: string, candidateId: string, at: string): Promise<void>;
  insertLink(row: Insertable<TInterviewLinksTable>): Promise<void>;
  /**
   * Deletes everything kept about the candidate and leaves a redacted audit event (eraseCandidate);
   * undefined when there is no such candidate in the organisation.
   */
  erase(input: {
    candidateId: string;
    organisationId: string;
    actor: TErasureActor;
    reason: 'request' | 'retention' | 'job_erased';
    auditId: string;
    at: string;
  }): Promise<TErasedCandidate | undefined>;
};
