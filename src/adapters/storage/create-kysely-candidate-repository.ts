import type { Kysely } from 'kysely';
import type { TCandidateRepository } from '../../app/ports/candidate-repository.js';
import { changeCandidateStatus } from './change-candidate-status.js';
import type { TDatabase } from './database-schema.js';
import { eraseCandidate } from './erase-candidate.js';

/** TCandidateRepository on Kysely (SQLite or PostgreSQL). */
export function createKyselyCandidateRepository(db: Kysely<TDatabase>): TCandidateRepository {
  return {
    find(organisationId, candidateId) {
      return db
        .selectFrom('candidates')
        .selectAll()
        .where('id', '=', candidateId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
    },
    listOfJob(organisationId, jobId) {
      return db
        .selectFrom('candidates')
        .select(['id', 'interview_session_id'])
        .where('organisation_id', '=', organisationId)
        .where('job_id', '=', jobId)
        .execute();
    },
    async insert(row) {
      await db.insertInto('candidates').values(row).execute();
    },
    async touch(candidateId, at) {
      await db.updateTable('candidates').set({ updated_at: at }).where('id', '=', candidateId).execute();
    },
    changeStatus(change) {
      return changeCandidateStatus(db, change);
    },
    async listStranded() {
      const rows = await db
        .selectFrom('candidates')
        .innerJoin('interview_sessions', 'interview_sessions.id', 'candidates.interview_session_id')
        .select(['candidates.id', 'candidates.organisation_id', 'interview_sessions.id as session_id'])
        .where('candidates.status', 'in', ['new', 'invited', 'in_progress'])
        .where('interview_sessions.status', 'in', ['completed', 'evaluated'])
        .execute();
      return rows.map((row) => ({
        id: row.id,
        organisationId: row.organisation_id,
        sessionId: row.session_id,
      }));
    },
    async listInactiveSince(cutoff) {
      const rows = await db
        .selectFrom('candidates')
        .leftJoin('interview_sessions', 'interview_sessions.id', 'candidates.interview_session_id')
        .select([
          'candidates.id',
          'candidates.updated_at',
          'interview_sessions.status as session_status',
          'interview_sessions.updated_at as session_updated_at',
        ])
        .where((eb) =>
          eb.or([
            eb('interview_sessions.updated_at', '<', cutoff),
            eb.and([eb('interview_sessions.id', 'is', null), eb('candidates.updated_at', '<', cutoff)]),
          ]),
        )
        .execute();
      const ids = rows.map((row) => row.id);
      const latestLinks =
        ids.length === 0
          ? []
          : await db
              .selectFrom('interview_links')
              .select(['candidate_id', (eb) => eb.fn.max('created_at').as('created_at')])
              .where('candidate_id', 'in', ids)
              .groupBy('candidate_id')
              .execute();
      const linkedAt = new Map(latestLinks.map((link) => [link.candidate_id, String(link.created_at)]));
      return rows.map((row) => ({
        id: row.id,
        updatedAt: row.updated_at,
        sessionStatus: row.session_status,
        sessionUpdatedAt: row.session_updated_at,
        lastLinkAt: linkedAt.get(row.id) ?? null,
      }));
    },
    listLinks(candidateId) {
      return db
        .selectFrom('interview_links')
        .select(['created_at', 'expires_at', 'revoked_at'])
        .where('candidate_id', '=', candidateId)
        .orderBy('created_at')
        .execute();
    },
    async replaceSelfIdentification(row) {
      await db.deleteFrom('self_identifications').where('candidate_id', '=', row.candidate_id).execute();
      await db.insertInto('self_identifications').values(row).execute();
    },
    async revokeLinks(organisationId, candidateId, at) {
      await db
        .updateTable('interview_links')
        .set({ revoked_at: at })
        .where('candidate_id', '=', candidateId)
        .where('organisation_id', '=', organisationId)
        .where('revoked_at', 'is', null)
        .execute();
    },
    async insertLink(row) {
      await db.insertInto('interview_links').values(row).execute();
    },
    erase(input) {
      return eraseCandidate(db, input);
    },
  };
}
