import type { Kysely } from 'kysely';
import type {
  TInterviewAccessRow,
  TInterviewRepository,
  TInterviewStartInputs,
} from '../../app/ports/interview-repository.js';
import type { TDatabase } from './database-schema.js';
import { prepareQuery } from './prepare-query.js';

// Compiled once: it runs on every request of every interview. Only the small columns: the job's
// plan and the candidate's resume are most of their rows and the interview does not need them.
const selectAccess = prepareQuery((db, tokenHash: string) =>
  db
    .selectFrom('interview_links')
    .innerJoin('candidates', 'candidates.id', 'interview_links.candidate_id')
    .innerJoin('jobs', 'jobs.id', 'candidates.job_id')
    .innerJoin('organisations', 'organisations.id', 'candidates.organisation_id')
    .innerJoin('users', 'users.id', 'jobs.created_by')
    .select((eb) => [
      'interview_links.id as link_id',
      'interview_links.organisation_id as link_organisation_id',
      'interview_links.candidate_id as link_candidate_id',
      'interview_links.expires_at as link_expires_at',
      'interview_links.revoked_at as link_revoked_at',
      'candidates.organisation_id as candidate_organisation_id',
      'candidates.job_id as candidate_job_id',
      'candidates.status as candidate_status',
      'candidates.interview_session_id as candidate_session_id',
      'candidates.human_requested_at as candidate_human_requested_at',
      'jobs.title as job_title',
      'jobs.interview_language as job_language',
      'jobs.plan_edited as job_plan_edited',
      'organisations.name as organisation_name',
      'users.email as contact_email',
      eb
        .exists(
          eb
            .selectFrom('self_identifications')
            .select('self_identifications.id')
            .whereRef('self_identifications.candidate_id', '=', 'candidates.id'),
        )
        .as('self_identified'),
    ])
    .where('interview_links.token_hash', '=', tokenHash)
    .whereRef('interview_links.organisation_id', '=', 'candidates.organisation_id')
    .whereRef('jobs.organisation_id', '=', 'candidates.organisation_id'),
);

const selectStartInputs = prepareQuery((db, candidateId: string, jobId: string) =>
  db
    .selectFrom('candidates')
    .innerJoin('jobs', 'jobs.id', 'candidates.job_id')
    .select(['jobs.job_json', 'jobs.plan_json', 'candidates.resume_json'])
    .where('candidates.id', '=', candidateId)
    .where('jobs.id', '=', jobId),
);

/** TInterviewRepository on Kysely (SQLite or PostgreSQL). */
export function createKyselyInterviewRepository(db: Kysely<TDatabase>): TInterviewRepository {
  return {
    async findAccess(tokenHash) {
      const [row] = await selectAccess(db, tokenHash);
      if (row === undefined) return undefined;
      const access: TInterviewAccessRow = {
        link: {
          id: row.link_id,
          organisation_id: row.link_organisation_id,
          candidate_id: row.link_candidate_id,
          expires_at: row.link_expires_at,
          revoked_at: row.link_revoked_at,
        },
        candidate: {
          id: row.link_candidate_id,
          organisation_id: row.candidate_organisation_id,
          job_id: row.candidate_job_id,
          status: row.candidate_status,
          interview_session_id: row.candidate_session_id,
          human_requested_at: row.candidate_human_requested_at,
        },
        job: {
          id: row.candidate_job_id,
          title: row.job_title,
          interview_language: row.job_language,
          plan_edited: Number(row.job_plan_edited),
        },
        organisationName: row.organisation_name,
        contactEmail: row.contact_email,
        // 1 or 0 from SQLite, a boolean from PostgreSQL.
        selfIdentified: Boolean(row.self_identified),
      };
      return access;
    },

    async findStartInputs(candidate) {
      const [row] = await selectStartInputs(db, candidate.id, candidate.job_id);
      if (row === undefined) return undefined;
      const inputs: TInterviewStartInputs = {
        jobJson: row.job_json,
        planJson: row.plan_json,
        resumeJson: row.resume_json,
      };
      return inputs;
    },

    listEvents(sessionId) {
      return db
        .selectFrom('interview_events')
        .select(['turn_id', 'kind', 'at', 'characters'])
        .where('session_id', '=', sessionId)
        .orderBy('at')
        .orderBy('id')
        .execute();
    },
    async appendEvents({ sessionId, turnId, events, newId, now }) {
      if (events.length === 0) return;
      await db
        .insertInto('interview_events')
        .values(
          events.map((event) => ({
            id: newId(),
            session_id: sessionId,
            turn_id: turnId,
            kind: event.kind,
            at: event.at,
            characters: event.characters ?? null,
            created_at: now,
          })),
        )
        .execute();
    },
  };
}
