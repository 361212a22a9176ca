import {
  type ColumnDefinitionBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  sql,
} from 'kysely';
import { CandorError } from '../../core/candor-error.js';
import { WEBHOOKS_MIGRATION } from './webhooks-migration.js';

/**
 * Every migration, in code rather than files on disk, so they ship inside dist. Written with
 * Kysely's schema builder in types both SQLite and PostgreSQL have (text, no JSON or timestamp
 * types, plus integer). Names sort in the order they run; never edit one that has shipped: add the next.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_interview_sessions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('interview_sessions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('job_title', 'text', (column) => column.notNull())
        .addColumn('candidate_name', 'text')
        .addColumn('plan_json', 'text', (column) => column.notNull())
        .addColumn('state_json', 'text', (column) => column.notNull())
        .addColumn('job_json', 'text', (column) => column.notNull())
        .addColumn('resume_json', 'text', (column) => column.notNull())
        .addColumn('report_json', 'text')
        .addColumn('report_path', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('interview_sessions_status_created_at')
        .on('interview_sessions')
        .columns(['status', 'created_at'])
        .execute();
      await db.schema
        .createIndex('interview_sessions_created_at')
        .on('interview_sessions')
        .column('created_at')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('interview_sessions').execute();
    },
  },
  '0002_web': {
    async up(db: Kysely<unknown>) {
      const required = (column: ColumnDefinitionBuilder) => column.notNull();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('value', 'text', required)
        .addColumn('created_at', 'text', required)
        .execute();
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', required)
        .addColumn('created_at', 'text', required)
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('email', 'text', (column) => column.notNull().unique())
        .addColumn('name', 'text', required)
        .addColumn('role', 'text', required)
        .addColumn('password_hash', 'text', required)
        .addColumn('created_at', 'text', required)
        .execute();
      await db.schema
        .createTable('web_sessions')
        .addColumn('token_hash', 'text', (column) => column.primaryKey())
        .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
        .addColumn('created_at', 'text', required)
        .addColumn('expires_at', 'text', required)
        .execute();
      await db.schema.createIndex('web_sessions_user_id').on('web_sessions').column('user_id').execute();
      await db.schema
        .createTable('invitations')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('email', 'text', required)
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('invited_by', 'text', required)
        .addColumn('created_at', 'text', required)
        .addColumn('expires_at', 'text', required)
        .addColumn('accepted_at', 'text')
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
        .addColumn('name', 'text', required)
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('created_at', 'text', required)
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createIndex('api_tokens_organisation_id')
        .on('api_tokens')
        .column('organisation_id')
        .execute();
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('title', 'text', required)
        .addColumn('job_json', 'text', required)
        .addColumn('plan_json', 'text', required)
        .addColumn('plan_edited', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('file_name', 'text')
        .addColumn('created_by', 'text', required)
        .addColumn('created_at', 'text', required)
        .addColumn('updated_at', 'text', required)
        .execute();
      await db.schema
        .createIndex('jobs_organisation_id_created_at')
        .on('jobs')
        .columns(['organisation_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('candidates')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('job_id', 'text', (column) => column.notNull().references('jobs.id'))
        .addColumn('name', 'text')
        .addColumn('file_name', 'text', required)
        .addColumn('resume_json', 'text', required)
        .addColumn('status', 'text', required)
        .addColumn('interview_session_id', 'text', (column) => column.references('interview_sessions.id'))
        .addColumn('recommendation', 'text')
        .addColumn('red_flag_count', 'integer')
        .addColumn('created_at', 'text', required)
        .addColumn('updated_at', 'text', required)
        .execute();
      await db.schema
        .createIndex('candidates_organisation_id_job_id')
        .on('candidates')
        .columns(['organisation_id', 'job_id'])
        .execute();
      await db.schema
        .createTable('interview_links')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('candidate_id', 'text', (column) => column.notNull().references('candidates.id'))
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('nonce', 'text', required)
        .addColumn('created_at', 'text', required)
        .addColumn('expires_at', 'text', required)
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createIndex('interview_links_candidate_id')
        .on('interview_links')
        .column('candidate_id')
        .execute();
      await db.schema
        .createTable('interview_events')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('session_id', 'text', (column) => column.notNull().references('interview_sessions.id'))
        .addColumn('turn_id', 'text', required)
        .addColumn('kind', 'text', required)
        .addColumn('at', 'text', required)
        .addColumn('characters', 'integer')
        .addColumn('created_at', 'text', required)
        .execute();
      await db.schema
        .createIndex('interview_events_session_id')
        .on('interview_events')
        .column('session_id')
        .execute();
      await db.schema
        .createTable('decisions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('candidate_id', 'text', (column) => column.notNull().references('candidates.id'))
        .addColumn('decision', 'text', required)
        .addColumn('reason', 'text', required)
        .addColumn('ai_recommendation', 'text')
        .addColumn('is_override', 'integer', required)
        .addColumn('decided_by_user_id', 'text', required)
        .addColumn('decided_by_name', 'text', required)
        .addColumn('decided_at', 'text', required)
        .execute();
      await db.schema
        .createIndex('decisions_candidate_id_decided_at')
        .on('decisions')
        .columns(['candidate_id', 'decided_at'])
        .execute();
      await db.schema
        .createTable('evaluation_jobs')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('candidate_id', 'text', (column) => column.notNull().references('candidates.id'))
        .addColumn('session_id', 'text', required)
        .addColumn('status', 'text', required)
        .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', required)
        .addColumn('run_after', 'text', required)
        .addColumn('locked_until', 'text')
        .addColumn('locked_by', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', required)
        .addColumn('updated_at', 'text', required)
        .execute();
      await db.schema
        .createIndex('evaluation_jobs_status_run_after')
        .on('evaluation_jobs')
        .columns(['status', 'run_after'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'evaluation_jobs',
        'decisions',
        'interview_events',
        'interview_links',
        'candidates',
        'jobs',
        'api_tokens',
        'invitations',
        'web_sessions',
        'users',
        'organisations',
        'settings',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '0003_security': {
    async up(db: Kysely<unknown>) {
      const required = (column: ColumnDefinitionBuilder) => column.notNull();
      await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
      await db.schema
        .alterTable('invitations')
        .addColumn('role', 'text', (column) => column.notNull().defaultTo('member'))
        .execute();
      // Tokens made before expiry existed get the default lifetime from now, not from their creation.
      const defaultExpiry = new Date(Date.now() + 90 * 86_400_000).toISOString();
      await db.schema
        .alterTable('api_tokens')
        .addColumn('expires_at', 'text', (column) => column.notNull().defaultTo(defaultExpiry))
        .execute();
      await db.schema
        .createTable('password_resets')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('created_by', 'text', required)
        .addColumn('created_at', 'text', required)
        .addColumn('expires_at', 'text', required)
        .addColumn('used_at', 'text')
        .execute();
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('action', 'text', required)
        .addColumn('subject_id', 'text', required)
        .addColumn('actor_user_id', 'text')
        .addColumn('actor_name', 'text', required)
        .addColumn('detail_json', 'text', required)
        .addColumn('at', 'text', required)
        .execute();
      await db.schema
        .createIndex('audit_events_organisation_id_at')
        .on('audit_events')
        .columns(['organisation_id', 'at'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('audit_events').execute();
      await db.schema.dropTable('password_resets').execute();
      await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
      await db.schema.alterTable('invitations').dropColumn('role').execute();
      await db.schema.alterTable('users').dropColumn('disabled_at').execute();
    },
  },
  '0004_webhooks': WEBHOOKS_MIGRATION,
  '0005_fairness': {
    async up(db: Kysely<unknown>) {
      // The candidate asked for a human interview instead: the AI neither continues nor evaluates.
      await db.schema.alterTable('candidates').addColumn('human_requested_at', 'text').execute();
      // Voluntary self-identification for adverse-impact reporting, kept apart from the interview:
      // only the impact report reads it, never the evaluator or the candidate page.
      await db.schema
        .createTable('self_identifications')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
        .addColumn('candidate_id', 'text', (column) => column.notNull().unique().references('candidates.id'))
        .addColumn('job_id', 'text', (column) => column.notNull().references('jobs.id'))
        .addColumn('sex', 'text', (column) => column.notNull())
        .addColumn('race_ethnicity', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('self_identifications_organisation_id_job_id')
        .on('self_identifications')
        .columns(['organisation_id', 'job_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('self_identifications').execute();
      await db.schema.alterTable('candidates').dropColumn('human_requested_at').execute();
    },
  },
  '0006_several_servers': {
    // A compare-and-set on every save of an interview's state: two servers answering the same
    // question at once cannot both write; the second is told and answered 409 or its duplicate 200.
    // An evaluation's deadline and "delayed" count from when it was (last) queued.
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('interview_sessions')
        .addColumn('version', 'integer', (column) => column.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('evaluation_jobs').addColumn('queued_at', 'text').execute();
      // Progress copied out of state_json on every save, so live lists need not parse it (null:
      // a row from before, parsed as before).
      await db.schema.alterTable('interview_sessions').addColumn('answered_count', 'integer').execute();
      await db.schema.alterTable('interview_sessions').addColumn('planned_count', 'integer').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('interview_sessions').dropColumn('planned_count').execute();
      await db.schema.alterTable('interview_sessions').dropColumn('answered_count').execute();
      await db.schema.alterTable('evaluation_jobs').dropColumn('queued_at').execute();
      await db.schema.alterTable('interview_sessions').dropColumn('version').execute();
    },
  },
  '0007_job_interview_language': {
    // The language a job's interviews are held in (ISO 639-1); jobs made before it are English.
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('jobs')
        .addColumn('interview_language', 'text', (column) => column.notNull().defaultTo('en'))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('jobs').dropColumn('interview_language').execute();
    },
  },
  '0008_stored_must_haves': {
    // Must-haves met, copied out of report_json when the report is saved, so the candidate list
    // (polled while interviews run) need not parse reports (null: a report from before, parsed).
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('interview_sessions').addColumn('must_haves_met', 'integer').execute();
      await db.schema.alterTable('interview_sessions').addColumn('must_haves_total', 'integer').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('interview_sessions').dropColumn('must_haves_total').execute();
      await db.schema.alterTable('interview_sessions').dropColumn('must_haves_met').execute();
    },
  },
  '0009_session_inputs': {
    // What an interview was created with (its plan, job and resume: most of the row) moves to a
    // row of its own, written once: every turn's save then rewrites the state alone. Deleting the
    // session deletes it too.
    async up(db: Kysely<unknown>) {
      const required = (column: ColumnDefinitionBuilder) => column.notNull();
      await db.schema
        .createTable('interview_session_inputs')
        .addColumn('session_id', 'text', (column) =>
          column.primaryKey().references('interview_sessions.id').onDelete('cascade'),
        )
        .addColumn('plan_json', 'text', required)
        .addColumn('job_json', 'text', required)
        .addColumn('resume_json', 'text', required)
        .execute();
      await sql`INSERT INTO interview_session_inputs (session_id, plan_json, job_json, resume_json)
        SELECT id, plan_json, job_json, resume_json FROM interview_sessions`.execute(db);
      for (const column of ['plan_json', 'job_json', 'resume_json']) {
        await db.schema.alterTable('interview_sessions').dropColumn(column).execute();
      }
    },
    async down(db: Kysely<unknown>) {
      for (const column of ['plan_json', 'job_json', 'resume_json']) {
        await db.schema
          .alterTable('interview_sessions')
          .addColumn(column, 'text', (builder) => builder.notNull().defaultTo(''))
          .execute();
      }
      await sql`UPDATE interview_sessions SET
        plan_json = (SELECT plan_json FROM interview_session_inputs WHERE session_id = interview_sessions.id),
        job_json = (SELECT job_json FROM interview_session_inputs WHERE session_id = interview_sessions.id),
        resume_json = (SELECT resume_json FROM interview_session_inputs WHERE session_id = interview_sessions.id)`.execute(
        db,
      );
      await db.schema.dropTable('interview_session_inputs').execute();
    },
  },
};

const provider: MigrationProvider = {
  async getMigrations() {
    return { ...MIGRATIONS };
  },
};

/** Runs the migrations not yet applied; safe to call on every start. Returns the names it ran. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const detail = error instanceof Error ? error.message : String(error);
    throw new CandorError(
      'storage_failed',
      `Database migration ${failed === undefined ? '' : `${failed} `}failed: ${detail}`.replace(/\s+/g, ' '),
      { cause: error },
    );
  }
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}
