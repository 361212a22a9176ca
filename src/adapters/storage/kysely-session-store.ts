import { type Kysely, type Selectable, sql } from 'kysely';
import type { z } from 'zod';
import { CandorError } from '../../core/candor-error.js';
import { ZEvaluation } from '../../core/evaluation.js';
import { type TInterviewState, ZInterviewState } from '../../core/interview/interview-state.js';
import { plannedProgress } from '../../core/interview/planned-progress.js';
import type {
  TInterviewSession,
  TSessionStatus,
  TSessionStore,
  TSessionSummary,
} from '../../core/interview/session-store.js';
import { type TJob, ZJob } from '../../core/job.js';
import { type TInterviewPlan, ZInterviewPlan } from '../../core/plan/interview-plan.js';
import { countMustHaves } from '../../core/report/count-must-haves.js';
import { type TResume, ZResume } from '../../core/resume.js';
import { createSessionId } from './create-session-id.js';
import type { TDatabase, TInterviewSessionInputsTable, TInterviewSessionsTable } from './database-schema.js';
import { prepareQuery } from './prepare-query.js';
import { rememberParsedJson } from './remember-parsed-json.js';

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

/**
 * The sessions' state and report as last parsed or saved in this process (about 1,000 sessions'
 * worth): every request of an interview reads its session, and parsing and validating it again
 * each time cost more than the rest of the request. Only the very same text is answered from memory.
 */
const parsedColumns = rememberParsedJson(2_000);
const keyOf = (id: string, column: string) => `${id}\u0000${column}`;

/**
 * What a session was created with: plan_json, job_json and resume_json (interview_session_inputs)
 * are written once, by `create`, and never changed, so once read (or created) here they are not
 * read again — they are most of what is stored. Kept per database (its dialect adapter, which its transactions share),
 * for the sessions used most recently; `createdAt` tells a row made again under the same id.
 */
type TSessionInputs = { createdAt: string; plan: TInterviewPlan; job: TJob; resume: TResume };
const inputsByDatabase = new WeakMap<object, Map<string, TSessionInputs>>();
const INPUTS_LIMIT = 500;

function inputsOf(db: Kysely<TDatabase>): Map<string, TSessionInputs> {
  const key = db.getExecutor().adapter;
  let inputs = inputsByDatabase.get(key);
  if (inputs === undefined) {
    inputs = new Map();
    inputsByDatabase.set(key, inputs);
  }
  return inputs;
}

function rememberInputs(db: Kysely<TDatabase>, id: string, inputs: TSessionInputs): void {
  const known = inputsOf(db);
  known.delete(id);
  if (known.size >= INPUTS_LIMIT) {
    // Most recently used last: the first key is the one to drop.
    const oldest = known.keys().next().value;
    if (oldest !== undefined) known.delete(oldest);
  }
  known.set(id, inputs);
}

/**
 * The state as stored: without its plan, which is the session's own (plan_json), so a save
 * writes the turns and not the plan again. A state stored with a plan (before, or one whose plan
 * differs from the session's) is read with it.
 */
const ZStoredState = ZInterviewState.omit({ plan: true });

/** Parses one JSON column with its domain schema; a corrupt row is a storage failure, named. */
function readJson<T>(
  schema: z.ZodType<T>,
  text: string,
  id: string,
  column: string,
  table = 'interview_sessions',
): T {
  return checkJson(schema, parseText(text, id, column, table), id, column, table);
}

function parseText(text: string, id: string, column: string, table = 'interview_sessions'): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new CandorError('storage_failed', `Session ${id}: ${column} is not valid JSON`, {
      location: `${table}.${column}`,
      cause,
    });
  }
}

/** The state_json column with the session's plan put back when it was stored without it. */
function readState(text: string, plan: TInterviewPlan, id: string): TInterviewState {
  return parsedColumns.read(keyOf(id, 'state_json'), text, () => {
    const value = parseText(text, id, 'state_json');
    if (typeof value === 'object' && value !== null && 'plan' in value) {
      return checkJson(ZInterviewState, value, id, 'state_json');
    }
    return withPlan(checkJson(ZStoredState, value, id, 'state_json'), plan);
  });
}

/** A plan-less state with its plan, in the state's own key order. */
function withPlan(state: z.infer<typeof ZStoredState>, plan: TInterviewPlan): TInterviewState {
  const { version, ...rest } = state;
  return { version, plan, ...rest };
}

function checkJson<T>(
  schema: z.ZodType<T>,
  value: unknown,
  id: string,
  column: string,
  table = 'interview_sessions',
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CandorError(
      'storage_failed',
      `Session ${id}: ${column} does not match its schema (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
      { location: `${table}.${column}`, cause: result.error },
    );
  }
  return result.data;
}

/** The columns a session is read from besides what it was created with. */
type TSessionRow = Pick<
  Selectable<TInterviewSessionsTable>,
  'id' | 'status' | 'state_json' | 'report_json' | 'report_path' | 'created_at' | 'updated_at' | 'version'
>;

const INPUTS = 'interview_session_inputs';

function inputsFrom(row: TSessionRow & Omit<TInterviewSessionInputsTable, 'session_id'>): TSessionInputs {
  return {
    createdAt: row.created_at,
    plan: readJson(ZInterviewPlan, row.plan_json, row.id, 'plan_json', INPUTS),
    job: readJson(ZJob, row.job_json, row.id, 'job_json', INPUTS),
    resume: readJson(ZResume, row.resume_json, row.id, 'resume_json', INPUTS),
  };
}

function toSession(row: TSessionRow, { plan, job, resume }: TSessionInputs): TInterviewSession {
  return {
    id: row.id,
    status: toStatus(row.status, row.id),
    plan,
    state: readState(row.state_json, plan, row.id),
    job,
    resume,
    report:
      row.report_json === null
        ? null
        : parsedColumns.read(keyOf(row.id, 'report_json'), row.report_json, (text) =>
            readJson(ZEvaluation, text, row.id, 'report_json'),
          ),
    reportPath: row.report_path,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

/** Compiled once: every request of an interview reads its session. */
const selectSession = prepareQuery((db, id: string) =>
  db
    .selectFrom('interview_sessions')
    .innerJoin(INPUTS, `${INPUTS}.session_id`, 'interview_sessions.id')
    .select([
      'interview_sessions.id',
      'interview_sessions.status',
      'interview_sessions.state_json',
      'interview_sessions.report_json',
      'interview_sessions.report_path',
      'interview_sessions.created_at',
      'interview_sessions.updated_at',
      'interview_sessions.version',
      `${INPUTS}.plan_json`,
      `${INPUTS}.job_json`,
      `${INPUTS}.resume_json`,
    ])
    .where('interview_sessions.id', '=', id),
);
const selectSessionState = prepareQuery((db, id: string) =>
  db
    .selectFrom('interview_sessions')
    .select([
      'id',
      'status',
      'state_json',
      'report_json',
      'report_path',
      'created_at',
      'updated_at',
      'version',
    ])
    .where('id', '=', id),
);

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

/**
 * A state about to be saved, checked against its schema, and its text as stored. When its plan is
 * the session's (the very object read with it), only the rest is checked — the plan was checked
 * when it was read — and it is stored without the plan.
 */
function storedState(
  db: Kysely<TDatabase>,
  id: string,
  state: TInterviewState,
): { checked: TInterviewState; text: string } {
  const plan = inputsOf(db).get(id)?.plan;
  if (plan === undefined || state.plan !== plan) {
    const checked = checkInput(ZInterviewState, state, 'state');
    return { checked, text: JSON.stringify(checked) };
  }
  const rest = checkInput(ZStoredState, { ...state, plan: undefined }, 'state');
  return { checked: withPlan(rest, state.plan), text: JSON.stringify(rest) };
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
      const planJson = JSON.stringify(plan);
      // Stored without its plan when it is the session's plan (the usual case), as saveState does.
      const isOwnPlan = JSON.stringify(state.plan) === planJson;
      const { plan: _statePlan, ...planless } = state;
      const row: TInterviewSessionsTable = {
        id: ids.sessionId(),
        status: state.status,
        job_title: plan.jobTitle,
        candidate_name: resume.contact.name,
        state_json: JSON.stringify(isOwnPlan ? planless : state),
        report_json: null,
        report_path: null,
        created_at: timestamp,
        updated_at: timestamp,
        version: 0,
        answered_count: plannedProgress(state).answered,
        planned_count: plannedProgress(state).planned,
        must_haves_met: null,
        must_haves_total: null,
      };
      const inputsRow: TInterviewSessionInputsTable = {
        session_id: row.id,
        plan_json: planJson,
        job_json: JSON.stringify(job),
        resume_json: JSON.stringify(resume),
      };
      // Both rows or neither: inside the caller's transaction when there is one.
      const insert = async (within: Kysely<TDatabase>) => {
        await within.insertInto('interview_sessions').values(row).execute();
        await within.insertInto(INPUTS).values(inputsRow).execute();
      };
      await guard('create the interview session', () =>
        db.isTransaction ? insert(db) : db.transaction().execute(insert),
      );
      const inputs = { createdAt: row.created_at, plan, job, resume };
      rememberInputs(db, row.id, inputs);
      parsedColumns.remember(
        keyOf(row.id, 'state_json'),
        row.state_json,
        isOwnPlan ? { ...state, plan } : state,
      );
      return toSession(row, inputs);
    },

    async get(id) {
      const known = inputsOf(db).get(id);
      if (known !== undefined) {
        const [row] = await guard(`read session ${id}`, () => selectSessionState(db, id));
        if (row === undefined) {
          // Erased (or deleted): what was remembered of it goes too.
          inputsOf(db).delete(id);
          throw notFound(id);
        }
        if (row.created_at === known.createdAt) {
          rememberInputs(db, id, known);
          return toSession(row, known);
        }
      }
      const [row] = await guard(`read session ${id}`, () => selectSession(db, id));
      if (row === undefined) throw notFound(id);
      const inputs = inputsFrom(row);
      rememberInputs(db, id, inputs);
      return toSession(row, inputs);
    },

    async saveState(id, state, saveOptions = {}) {
      const { checked, text: stateJson } = storedState(db, id, state);
      const { expectedVersion } = saveOptions;
      const progress = plannedProgress(checked);
      // One statement, so it can run inside a caller's transaction and takes the write lock first.
      // An evaluated session stays evaluated; otherwise the status follows the interview.
      const result = await guard(`save session ${id}`, () => {
        let query = db
          .updateTable('interview_sessions')
          .set({
            state_json: stateJson,
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
      // Should the caller's transaction roll back, the stored text differs and is parsed again.
      parsedColumns.remember(keyOf(id, 'state_json'), stateJson, checked);
      return Number(result.version);
    },

    async saveReport(id, { report, reportPath }) {
      const checked = report === undefined ? undefined : checkInput(ZEvaluation, report, 'report');
      const mustHaves = checked === undefined ? undefined : countMustHaves(checked);
      const result = await guard(`save the report of session ${id}`, () =>
        db
          .updateTable('interview_sessions')
          .set({
            status: 'evaluated',
            updated_at: now(),
            ...(checked === undefined || mustHaves === undefined
              ? {}
              : {
                  report_json: JSON.stringify(checked),
                  must_haves_met: mustHaves.met,
                  must_haves_total: mustHaves.total,
                }),
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
