import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  TCandidatesTable,
  TInterviewLinksTable,
  TSelfIdentificationsTable,
} from '../../adapters/storage/database-schema.js';
import type { TEraseCandidateInput, TErasedCandidate } from '../../adapters/storage/erase-candidate.js';
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
  /** A job's candidates (ids and interview sessions), in the organisation. */
  listOfJob(
    organisationId: string,
    jobId: string,
  ): Promise<Pick<TCandidateRow, 'id' | 'interview_session_id'>[]>;
  /** Marks the candidate changed (a decision recorded) without changing its status. */
  touch(candidateId: string, at: string): Promise<void>;
  /**
   * The one status write: only along CANDIDATE_TRANSITIONS, in one conditional UPDATE. Resolves
   * to whether it changed the candidate.
   */
  changeStatus(change: TCandidateStatusChange): Promise<boolean>;
  /**
   * Candidates whose interview is complete (or evaluated) while their status still says it runs:
   * a crash between storing the closing answer and queueing the evaluation. Across organisations.
   */
  listStranded(): Promise<{ id: string; organisationId: string; sessionId: string }[]>;
  /**
   * Retention: candidates whose interview session, or (without one) the candidate itself, was
   * last changed before `cutoff`, with the session's status and change time and the newest
   * link's creation time. Across organisations.
   */
  listInactiveSince(cutoff: string): Promise<
    {
      id: string;
      updatedAt: string;
      sessionStatus: string | null;
      sessionUpdatedAt: string | null;
      lastLinkAt: string | null;
    }[]
  >;
  /** The candidate's interview links, oldest first (revoked ones too). */
  listLinks(
    candidateId: string,
  ): Promise<Pick<Selectable<TInterviewLinksTable>, 'created_at' | 'expires_at' | 'revoked_at'>[]>;
  /** Stores a candidate's voluntary self-identification, replacing an earlier answer. */
  replaceSelfIdentification(row: Insertable<TSelfIdentificationsTable>): Promise<void>;
  /** Revokes the candidate's live interview links. */
  revokeLinks(organisationId: string, candidateId: string, at: string): Promise<void>;
  insertLink(row: Insertable<TInterviewLinksTable>): Promise<void>;
  /**
   * Deletes everything kept about the candidate and leaves a redacted audit event (eraseCandidate);
   * undefined when there is no such candidate (in the organisation, when given: the retention
   * sweep gives none).
   */
  erase(input: TEraseCandidateInput): Promise<TErasedCandidate | undefined>;
};
