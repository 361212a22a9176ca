import type { Kysely } from 'kysely';
import type { TSettleWebhookDeliveryInput } from '../../app/ports/webhook-outbox.js';
import type { TWebhookDelivery } from './claim-queue-item.js';
import type { TDatabase } from './database-schema.js';

export type { TSettleWebhookDeliveryInput };

/**
 * Records how a claimed delivery's attempt ended — succeeded, pending again for a retry, or failed
 * for good when its attempts are used up — with the answer's status, duration and error for the
 * log. Only the loop holding the claim settles it. Resolves to the status afterwards, or undefined
 * when the claim was lost.
 */
export async function settleWebhookDelivery(
  db: Kysely<TDatabase>,
  delivery: TWebhookDelivery,
  input: TSettleWebhookDeliveryInput,
): Promise<'succeeded' | 'pending' | 'failed' | undefined> {
  const now = input.now.toISOString();
  let status: 'succeeded' | 'pending' | 'failed';
  let nextAttemptAt = delivery.next_attempt_at;
  if (input.error === null) status = 'succeeded';
  else if (delivery.attempts >= delivery.max_attempts) status = 'failed';
  else {
    status = 'pending';
    nextAttemptAt = new Date(input.now.getTime() + input.retryAfterMs).toISOString();
  }
  const result = await db
    .updateTable('webhook_deliveries')
    .set({
      status,
      next_attempt_at: nextAttemptAt,
      locked_by: null,
      locked_until: null,
      response_status: input.responseStatus,
      duration_ms: Math.max(0, Math.round(input.durationMs)),
      last_error: input.error === null ? null : input.error.slice(0, 2000),
      updated_at: now,
    })
    .where('id', '=', delivery.id)
    .where('status', '=', 'delivering')
    .where('locked_by', '=', delivery.locked_by)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? status : undefined;
}
