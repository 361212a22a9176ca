import type { TWebContext } from '../web/web-context.js';
import { DEFAULT_WEBHOOK_MAX_ATTEMPTS } from './webhook-settings.js';

/** A delivery's fields as it is queued, new or sent again: pending, untried, due now. */
export function pendingDeliveryFields(context: Pick<TWebContext, 'webhooks'>, now: string) {
  return {
    status: 'pending' as const,
    attempts: 0,
    max_attempts: context.webhooks?.maxAttempts ?? DEFAULT_WEBHOOK_MAX_ATTEMPTS,
    next_attempt_at: now,
    locked_until: null,
    locked_by: null,
    response_status: null,
    duration_ms: null,
    last_error: null,
    created_at: now,
    updated_at: now,
  };
}
