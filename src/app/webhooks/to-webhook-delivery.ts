import type { TWebhookDelivery } from '../../contract/webhook-schemas.js';
import type { TWebhookDeliveryRecord } from '../ports/records.js';

const STATUSES = ['pending', 'delivering', 'succeeded', 'failed'] as const;

/** A delivery row as the API shows it in the log. */
export function toWebhookDelivery(row: TWebhookDeliveryRecord): TWebhookDelivery {
  const status = STATUSES.find((known) => known === row.status) ?? 'failed';
  return {
    id: row.id,
    eventId: row.event_id,
    event: row.event,
    status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    responseStatus: row.response_status,
    durationMs: row.duration_ms,
    error: row.last_error,
    nextAttemptAt: status === 'pending' ? row.next_attempt_at : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
