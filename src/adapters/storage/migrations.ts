import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { CandorError } from '../../core/candor-error.js';

/**
 * Every migration, in code rather than files on disk, so they ship inside dist. Written with
 * Kysely's schema builder in types both SQLite and PostgreSQL have (text, no JSON or timestamp
 * types). Names sort in the order they run; never edit one that has shipped: add the next.
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
