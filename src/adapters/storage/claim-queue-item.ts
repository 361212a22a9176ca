import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { TDatabase, TEvaluationJobsTable, TWebhookDeliveriesTable } from './database-schema.js';

export type TEvaluationJob = Selectable<TEvaluationJobsTable>;
export type TWebhookDelivery = Selectable<TWebhookDeliveriesTable>;

/** The queues: their tables, the status of an item waiting and of one taken, the column it is due by. */
const QUEUES = {
  evaluation_jobs: { waiting: 'queued', taken: 'running', dueColumn: 'run_after', lockMs: 5 * 60_000 },
  webhook_deliveries: {
    waiting: 'pending',
    taken: 'delivering',
    dueColumn: 'next_attempt_at',
    lockMs: 2 * 60_000,
  },
} as const;

export type TQueueName = keyof typeof QUEUES;
type TQueueItem = { evaluation_jobs: TEvaluationJob; webhook_deliveries: TWebhookDelivery };

/** The columns every queue table has (the due column named per queue): the claim reads and writes only these. */
type TQueueTable = {
  id: string;
  status: string;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: string | null;
  updated_at: string;
  created_at: string;
  due_at: string;
};

export type TClaimQueueItemInput = {
  /** Who claims: written to locked_by, so only this worker settles the item. */
  workerId: string;
  now: Date;
  /** How long the claim holds; a worker that dies loses the item to another after this (default 5 minutes for evaluations, 2 for webhooks). */
  lockMs?: number;
};

/**
 * Takes the oldest due item of a queue (an evaluation job or a webhook delivery), or resolves
 * undefined when there is none. An item may be taken when it has attempts left and is waiting
 * and due, or taken under a lock that has run out; taking it counts an attempt. The claim is a
 * conditional UPDATE (… WHERE id = ? AND still claimable): of several workers racing for the same
 * item, on SQLite or PostgreSQL, exactly one changes the row; the others try the next one. The
 * same SQL on both, no SKIP LOCKED: items are few and slow, so contention is rare.
 */
export async function claimQueueItem<Q extends TQueueName>(
  db: Kysely<TDatabase>,
  queue: Q,
  input: TClaimQueueItemInput,
): Promise<TQueueItem[Q] | undefined> {
  const { waiting, taken, dueColumn, lockMs } = QUEUES[queue];
  // One table under a common shape: the queue's own due column stands in for `due_at`.
  const table = db as unknown as Kysely<Record<'queue', TQueueTable>>;
  const due = sql.ref<string>(dueColumn);
  const now = input.now.toISOString();
  const lockedUntil = new Date(input.now.getTime() + (input.lockMs ?? lockMs)).toISOString();
  const isClaimable = (eb: ExpressionBuilder<Record<'queue', TQueueTable>, 'queue'>) =>
    eb.and([
      eb('attempts', '<', eb.ref('max_attempts')),
      eb.or([
        eb.and([eb('status', '=', waiting), eb(due, '<=', now)]),
        eb.and([eb('status', '=', taken), eb('locked_until', '<', now)]),
      ]),
    ]);
  for (let tries = 0; tries < 10; tries++) {
    const next = await table
      .selectFrom(queue as unknown as 'queue')
      .select('id')
      .where(isClaimable)
      .orderBy(due)
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (next === undefined) return undefined;
    const result = await table
      .updateTable(queue as unknown as 'queue')
      .set({
        status: taken,
        attempts: sql`attempts + 1`,
        locked_by: input.workerId,
        locked_until: lockedUntil,
        updated_at: now,
      })
      .where('id', '=', next.id)
      .where(isClaimable)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) {
      return (await table
        .selectFrom(queue as unknown as 'queue')
        .selectAll()
        .where('id', '=', next.id)
        .where('locked_by', '=', input.workerId)
        .executeTakeFirst()) as TQueueItem[Q] | undefined;
    }
  }
  return undefined;
}
