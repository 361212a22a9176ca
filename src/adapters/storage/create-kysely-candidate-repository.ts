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
    async insert(row) {
      await db.insertInto('candidates').values(row).execute();
    },
    async touch(candidateId, at) {
      await db.updateTable('candidates').set({ updated_at: at }).where('id', '=', candidateId).execute();
    },
    changeStatus(change) {
      return changeCandidateStatus(db, change);
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
