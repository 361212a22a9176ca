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
    async list(organisationId, filter) {
      if ('ids' in filter && filter.ids.length === 0) return [];
      let query = db.selectFrom('candidates').selectAll().where('organisation_id', '=', organisationId);
      query =
        'jobId' in filter
          ? query.where('job_id', '=', filter.jobId)
          : query.where('id', 'in', [...filter.ids]);
      return query.orderBy('created_at').orderBy('id').execute();
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
    listLinksOf(organisationId, candidateIds) {
      if (candidateIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('interview_links')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('candidate_id', 'in', [...candidateIds])
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    async listInterviewProgress(sessionIds) {
      if (sessionIds.length === 0) return [];
      const sessions = await db
        .selectFrom('interview_sessions')
        .select(['id', 'answered_count', 'planned_count', 'must_haves_met', 'must_haves_total'])
        .select((eb) => eb('report_json', 'is not', null).as('has_report'))
        .where('id', 'in', [...sessionIds])
        .execute();
      // Counts are stored with every save and must-haves with the report: only older rows are read whole.
      const withoutCounts = sessions
        .filter((session) => session.answered_count === null || session.planned_count === null)
        .map((session) => session.id);
      const withoutMustHaves = sessions
        .filter(
          (session) =>
            Boolean(session.has_report) &&
            (session.must_haves_met === null || session.must_haves_total === null),
        )
        .map((session) => session.id);
      // A column of the sessions named, by id (none named: no query).
      const readColumn = async (column: 'state_json' | 'report_json', ids: string[]) => {
        if (ids.length === 0) return new Map<string, string | null>();
        const rows = await db
          .selectFrom('interview_sessions')
          .select(['id', column])
          .where('id', 'in', ids)
          .execute();
        return new Map(rows.map((row) => [row.id, (row as Record<string, string | null>)[column] ?? null]));
      };
      const stateById = await readColumn('state_json', withoutCounts);
      const reportById = await readColumn('report_json', withoutMustHaves);
      const count = (value: number | string | null) => (value === null ? null : Number(value));
      return sessions.map((session) => {
        const stateJson = stateById.get(session.id);
        const reportJson = reportById.get(session.id);
        return {
          sessionId: session.id,
          answeredCount: count(session.answered_count),
          plannedCount: count(session.planned_count),
          mustHavesMet: count(session.must_haves_met),
          mustHavesTotal: count(session.must_haves_total),
          ...(stateJson === undefined || stateJson === null ? {} : { stateJson }),
          ...(reportJson === undefined || reportJson === null ? {} : { reportJson }),
        };
      });
    },
    async discardSession(sessionId) {
      const result = await db
        .deleteFrom('interview_sessions')
        .where('id', '=', sessionId)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('candidates')
                .select('candidates.id')
                .where('candidates.interview_session_id', '=', sessionId),
            ),
          ),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async listSelfIdentified(organisationId, jobId) {
      let query = db
        .selectFrom('self_identifications')
        .innerJoin('candidates', 'candidates.id', 'self_identifications.candidate_id')
        .select([
          'candidates.id as candidate_id',
          'candidates.recommendation',
          'self_identifications.sex',
          'self_identifications.race_ethnicity',
        ])
        .where('self_identifications.organisation_id', '=', organisationId)
        .whereRef('candidates.organisation_id', '=', 'self_identifications.organisation_id');
      if (jobId !== undefined) query = query.where('self_identifications.job_id', '=', jobId);
      const rows = await query.execute();
      return rows.map((row) => ({
        candidateId: row.candidate_id,
        recommendation: row.recommendation,
        sex: row.sex,
        raceEthnicity: row.race_ethnicity,
      }));
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
