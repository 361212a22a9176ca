import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { TDatabase, TEvaluationJobsTable } from './database-schema.js';

export type TEvaluationJob = Selectable<TEvaluationJobsTable>;

export type TClaimEvaluationJobInput = {
  /** Who claims: written to locked_by, so only this worker settles the job. */
  workerId: string;
  now: Date;
  /** How long the claim holds; a worker that dies loses the job to another after this (default 5 minutes). */
  lockMs?: number;
};

/** Jobs that may be taken now: queued and due, or running under a lock that has run out. */
function isClaimable(now: string) {
  return (eb: ExpressionBuilder<TDatabase, 'evaluation_jobs'>) =>
    eb.and([
      eb('attempts', '<', eb.ref('max_attempts')),
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_after', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
      ]),
    ]);
}

/**
 * Takes the oldest due evaluation job, or resolves undefined when there is none. The claim is a
 * conditional UPDATE (… WHERE id = ? AND still claimable): of several workers racing for the
 * same job, on SQLite or PostgreSQL, exactly one changes the row; the others try the next one.
 * The same SQL on both, no SKIP LOCKED: evaluations are few and slow, so contention is rare.
 */
export async function claimEvaluationJob(
  db: Kysely<TDatabase>,
  input: TClaimEvaluationJobInput,
): Promise<TEvaluationJob | undefined> {
  const now = input.now.toISOString();
  const lockedUntil = new Date(input.now.getTime() + (input.lockMs ?? 5 * 60_000)).toISOString();
  for (let tries = 0; tries < 10; tries++) {
    const next = await db
      .selectFrom('evaluation_jobs')
      .select('id')
      .where(isClaimable(now))
      .orderBy('run_after')
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (next === undefined) return undefined;
    const result = await db
      .updateTable('evaluation_jobs')
      .set({
        status: 'running',
        attempts: sql`attempts + 1`,
        locked_by: input.workerId,
        locked_until: lockedUntil,
        updated_at: now,
      })
      .where('id', '=', next.id)
      .where(isClaimable(now))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) {
      return db
        .selectFrom('evaluation_jobs')
        .selectAll()
        .where('id', '=', next.id)
        .where('locked_by', '=', input.workerId)
        .executeTakeFirst();
    }
  }
  return undefined;
}
