import type { TCandidateStatus } from '../../core/candidate/candidate-status.js';
import type {
  TCandidateRecord,
  TInterviewLinkRecord,
  TNewRecord,
  TSelfIdentificationRecord,
} from './records.js';

export type TCandidateRow = TCandidateRecord;

export type TErasureActor = {
  /** The user who erased, or null (the retention purge, the command line). */
  userId: string | null;
  /** Their name at the time, or `retention` / `command line`. */
  name: string;
};

export type TEraseCandidateInput = {
  candidateId: string;
  /** Only in this organisation, when given (the retention sweep and the command line give none). */
  organisationId?: string;
  actor: TErasureActor;
  reason: 'request' | 'retention' | 'job_erased';
  auditId: string;
  at: string;
};

export type TErasedCandidate = {
  candidateId: string;
  organisationId: string;
  sessionId: string | null;
  /** A terminal interview's report file, whose folder the caller deletes. */
  reportPath: string | null;
};

export type TCandidateStatusChange = {
  candidateId: string;
  to: TCandidateStatus;
  /** Narrows the statuses changed from (within those CANDIDATE_TRANSITIONS allows). */
  from?: readonly TCandidateStatus[];
  now: string;
  /** Columns written with the status (the session id on consent, the recommendation on evaluation). */
  set?: Partial<Omit<TCandidateRecord, 'status' | 'updated_at' | 'id'>>;
  /** Throw CandorError 'conflict' naming a refused change, instead of resolving to false. */
  isRefusalAnError?: boolean;
};

/** An interview's progress as lists show it (see listInterviewProgress). */
export type TInterviewProgress = {
  sessionId: string;
  answeredCount: number | null;
  plannedCount: number | null;
  mustHavesMet: number | null;
  mustHavesTotal: number | null;
  /** Only when the counts were not stored. */
  stateJson?: string;
  /** Only when a report was stored without its must-haves. */
  reportJson?: string;
};

/** Candidates, always within one organisation (lookups) or by id from a claimed job (status). */
export type TCandidateRepository = {
  find(organisationId: string, candidateId: string): Promise<TCandidateRow | undefined>;
  /** A job's candidates, or those of `ids`, in the organisation: oldest first (upload order). */
  list(
    organisationId: string,
    filter: { jobId: string } | { ids: readonly string[] },
  ): Promise<TCandidateRow[]>;
  insert(row: TNewRecord<TCandidateRecord>): Promise<void>;
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
  ): Promise<Pick<TInterviewLinkRecord, 'created_at' | 'expires_at' | 'revoked_at'>[]>;
  /** The interview links of these candidates in the organisation, oldest first (revoked ones too). */
  listLinksOf(organisationId: string, candidateIds: readonly string[]): Promise<TInterviewLinkRecord[]>;
  /**
   * The progress and must-haves stored beside these interview sessions. A session saved before
   * its counts were stored comes with its state (`stateJson`), and one whose report was saved
   * before its must-haves were, with its report (`reportJson`), for the caller to count.
   */
  listInterviewProgress(sessionIds: readonly string[]): Promise<TInterviewProgress[]>;
  /**
   * Deletes an interview session no candidate refers to (one a consent started and lost to a
   * concurrent consent); a session a candidate refers to is kept. Resolves to whether it deleted.
   */
  discardSession(sessionId: string): Promise<boolean>;
  /**
   * The organisation's self-identified candidates (of one job, when given) with the AI's
   * recommendation: adverse-impact reporting, the only reader of self-identifications.
   */
  listSelfIdentified(
    organisationId: string,
    jobId?: string,
  ): Promise<{ candidateId: string; recommendation: string | null; sex: string; raceEthnicity: string }[]>;
  /** Stores a candidate's voluntary self-identification, replacing an earlier answer. */
  replaceSelfIdentification(row: TNewRecord<TSelfIdentificationRecord>): Promise<void>;
  /** Revokes the candidate's live interview links. */
  revokeLinks(organisationId: string, candidateId: string, at: string): Promise<void>;
  insertLink(row: TNewRecord<TInterviewLinkRecord>): Promise<void>;
  /**
   * Deletes everything kept about the candidate and leaves a redacted audit event (eraseCandidate);
   * undefined when there is no such candidate (in the organisation, when given: the retention
   * sweep gives none).
   */
  erase(input: TEraseCandidateInput): Promise<TErasedCandidate | undefined>;
};
