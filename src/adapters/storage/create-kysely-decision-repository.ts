import type { Kysely } from 'kysely';
import type { TDecisionRepository } from '../../app/ports/decision-repository.js';
import type { TDatabase } from './database-schema.js';

/** TDecisionRepository on Kysely (SQLite or PostgreSQL). */
export function createKyselyDecisionRepository(db: Kysely<TDatabase>): TDecisionRepository {
  return {
    list(organisationId, candidateId) {
      return db
        .selectFrom('decisions')
        .selectAll()
        .where('candidate_id', '=', candidateId)
        .where('organisation_id', '=', organisationId)
        .orderBy('decided_at')
        .orderBy('id')
        .execute();
    },
    listOf(organisationId, candidateIds) {
      if (candidateIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('decisions')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('candidate_id', 'in', [...candidateIds])
        .orderBy('decided_at')
        .orderBy('id')
        .execute();
    },
    async insert(row) {
      await db.insertInto('decisions').values(row).execute();
    },
  };
}
