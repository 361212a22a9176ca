import type { Kysely } from 'kysely';
import type { TDatabase } from './database-schema.js';

/**
 * Marks failed the deliveries whose loop died during their last attempt (the lock ran out and no
 * attempt is left, so no loop may claim them again). Resolves to how many it marked.
 */
export async function failAbandonedWebhookDeliveries(db: Kysely<TDatabase>, now: Date): Promise<number> {
  const at = now.toISOString();
  const result = await db
    .updateTable('webhook_deliveries')
    .set({
      status: 'failed',
      locked_by: null,
      locked_until: null,
      last_error: 'The delivery loop stopped during the last attempt; no answer was recorded.',
      updated_at: at,
    })
    .where('status', '=', 'delivering')
    .where('locked_until', '<', at)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
