import { type Kysely, type Selectable, sql } from 'kysely';
import type { z } from 'zod';
import { CandorError } from '../../core/candor-error.js';
import { ZEvaluation } from '../../core/evaluation.js';
import { ZInterviewState } from '../../core/interview/interview-state.js';
import { plannedProgress } from '../../core/interview/planned-progress.js';
import type {
  TInterviewSession,
  TSessionStatus,
  TSessionStore,
  TSessionSummary,
} from '../../core/interview/session-store.js';
import { ZJob } from '../../core/job.js';
import { ZInterviewPlan } from '../../core/plan/interview-plan.js';
import { ZResume } from '../../core/resume.js';
import { createSessionId } from './create-session-id.js';
import type { TDatabase, TInterviewSessionsTable } from './database-schema.js';

export type TKyselySessionStoreOptions = {
  db: Kysely<TDatabase>;
  /** The clock for created_at/updated_at (ISO 8601). */
  now?: () => string;
  ids?: { sessionId: () => string };
};

const STATUSES: readonly TSessionStatus[] = ['in_progress', 'completed', 'evaluated'];

function toStatus(value: string, id: string): TSessionStatus {
  const status = STATUSES.find((candidate) => candidate === value);
  if (status === undefined) {
    throw new CandorError('storage_failed', `Session ${id} has an unknown status "${value}"`, {
      location: 'interview_sessions.status',
    });
  }
  return status;
}

/** Parses one JSON column with its domain schema; a corrupt row is a storage failure, named. */
function readJson<T>(schema: z.ZodType<T>, text: string, id: string, column: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new CandorError('storage_failed', `Session ${id}: ${column} is not valid JSON`, {
      location: `interview_sessions.${column}`,
      cause,
    });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CandorError(
      'storage_failed',
      `Session ${id}: ${column} does not match its schema (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
      { location: `interview_sessions.${column}`, cause: result.error },
    );
  }
  return result.data;
}

function toSession(row: Selectable<TInterviewSessionsTable>): TInterviewSession {
  return {
    id: row.id,
    status: toStatus(row.status, row.id),
    plan: readJson(ZInterviewPlan, row.plan_json, row.id, 'plan_json'),
    state: readJson(ZInterviewState, row.state_json, row.id, 'state_json'),
    job: readJson(ZJob, row.job_json, row.id, 'job_json'),
    resume: readJson(ZResume, row.resume_json, row.id, 'resume_json'),
    report: row.report_json === null ? null : readJson(ZEvaluation, row.report_json, row.id, 'report_json'),
    reportPath: row.report_path,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

function notFound(id: string): CandorError {
  return new CandorError('not_found', `No interview session with id ${id}`, { location: id });
}

/** Validates what is about to be written, so a row that went in can always come out. */
function checkInput<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CandorError(
      'invalid_argument',
      `The session's ${field} does not match its schema (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
      { location: field, cause: result.error },
    );
  }
  return result.data;
}

/** Runs a query, turning driver errors into CandorError 'storage_failed' (CandorErrors pass through). */
async function guard<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    if (CandorError.isInstance(cause)) throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new CandorError('storage_failed', `Could not ${what}: ${detail}`, { cause });
  }
}

/** The session store over Kysely: the same code for SQLite and PostgreSQL. */
export function createKyselySessionStore(options: TKyselySessionStoreOptions): TSessionStore {
  const { db } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const ids = options.ids ?? { sessionId: () => createSessionId() };

  return {
    async create(input) {
      const state = checkInput(ZInterviewState, input.state, 'state');
      const plan = checkInput(ZInterviewPlan, input.plan, 'plan');
      const job = checkInput(ZJob, input.job, 'job');
      const resume = checkInput(ZResume, input.resume, 'resume');
      const timestamp = now();
      const row: TInterviewSessionsTable = {
        id: ids.sessionId(),
        status: state.status,
        job_title: plan.jobTitle,
        candidate_name: resume.contact.name,
        plan_json: JSON.stringify(plan),
        state_json: JSON.stringify(state),
        job_json: JSON.stringify(job),
        resume_json: JSON.stringify(resume),
        report_json: null,
        report_path: null,
        created_at: timestamp,
        updated_at: timestamp,
        version: 0,
        answered_count: plannedProgress(state).answered,
        planned_count: plannedProgress(state).planned,
      };
      await guard('create the interview session', () =>
        db.insertInto('interview_sessions').values(row).execute(),
      );
      return toSession(row);
    },

    async get(id) {
      const row = await guard(`read session ${id}`, () =>
        db.selectFrom('interview_sessions').selectAll().where('id', '=', id).executeTakeFirst(),
      );
      if (row === undefined) throw notFound(id);
      return toSession(row);
    },

    async saveState(id, state, saveOptions = {}) {
      const checked = checkInput(ZInterviewState, state, 'state');
      const { expectedVersion } = saveOptions;
      const progress = plannedProgress(checked);
      // One statement, so it can run inside a caller's transaction and takes the write lock first.
      // An evaluated session stays evaluated; otherwise the status follows the interview.
      const result = await guard(`save session ${id}`, () => {
        let query = db
          .updateTable('interview_sessions')
          .set({
            state_json: JSON.stringify(checked),
            status: sql<string>`case when status = 'evaluated' then 'evaluated' else ${checked.status} end`,
            version: sql<number>`version + 1`,
            answered_count: progress.answered,
            planned_count: progress.planned,
            updated_at: now(),
          })
          .where('id', '=', id);
        if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
        return query.returning('version').executeTakeFirst();
      });
      if (result === undefined) {
        if (expectedVersion === undefined) throw notFound(id);
        const exists = await guard(`read session ${id}`, () =>
          db.selectFrom('interview_sessions').select('id').where('id', '=', id).executeTakeFirst(),
        );
        if (exists === undefined) throw notFound(id);
        throw new CandorError(
          'conflict',
          `Session ${id} was saved by another request since version ${expectedVersion} was read.`,
          { location: 'version' },
        );
      }
      return Number(result.version);
    },

    async saveReport(id, { report, reportPath }) {
      const reportJson =
        report === undefined ? undefined : JSON.stringify(checkInput(ZEvaluation, report, 'report'));
      const result = await guard(`save the report of session ${id}`, () =>
        db
          .updateTable('interview_sessions')
          .set({
            status: 'evaluated',
            updated_at: now(),
            ...(reportJson === undefined ? {} : { report_json: reportJson }),
            ...(reportPath === undefined ? {} : { report_path: reportPath }),
          })
          .where('id', '=', id)
          .executeTakeFirst(),
      );
      if (Number(result.numUpdatedRows) === 0) throw notFound(id);
    },

    async list(listOptions = {}) {
      const limit = Math.max(1, Math.min(listOptions.limit ?? 100, 1000));
      const rows = await guard('list interview sessions', () => {
        let query = db
          .selectFrom('interview_sessions')
          .select(['id', 'status', 'job_title', 'candidate_name', 'created_at', 'updated_at']);
        if (listOptions.status !== undefined) query = query.where('status', '=', listOptions.status);
        return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      });
      return rows.map(
        (row): TSessionSummary => ({
          id: row.id,
          status: toStatus(row.status, row.id),
          jobTitle: row.job_title,
          candidateName: row.candidate_name,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        }),
      );
    },
  };
}
