import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { TDatabase, TWebhookDeliveriesTable } from './database-schema.js';

export type TWebhookDelivery = Selectable<TWebhookDeliveriesTable>;

/** Deliveries that may be taken now: pending and due, or delivering under a lock that has run out. */
function isClaimable(now: string) {
  return (eb: ExpressionBuilder<TDatabase, 'webhook_deliveries'>) =>
    eb.and([
      eb('attempts', '<', eb.ref('max_attempts')),
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'delivering'), eb('locked_until', '<', now)]),
      ]),
    ]);
}

/**
 * Takes the oldest due webhook delivery, or resolves undefined when there is none: a conditional
 * UPDATE, as for evaluation jobs, so of several delivery loops (in one process or several) exactly
 * one takes each delivery. The attempt is counted when it is claimed.
 */
export async function claimWebhookDelivery(
  db: Kysely<TDatabase>,
  input: { workerId: string; now: Date; lockMs?: number },
): Promise<TWebhookDelivery | undefined> {
  const now = input.now.toISOString();
  const lockedUntil = new Date(input.now.getTime() + (input.lockMs ?? 2 * 60_000)).toISOString();
  for (let tries = 0; tries < 10; tries++) {
    const next = await db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where(isClaimable(now))
      .orderBy('next_attempt_at')
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (next === undefined) return undefined;
    const result = await db
      .updateTable('webhook_deliveries')
      .set({
        status: 'delivering',
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
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('id', '=', next.id)
        .where('locked_by', '=', input.workerId)
        .executeTakeFirst();
    }
  }
  return undefined;
}
