import type { Kysely } from 'kysely';
import type { TWebhookOutbox } from '../../app/ports/webhook-outbox.js';
import type { TDatabase } from './database-schema.js';

/** TWebhookOutbox on the `webhook_deliveries` table (SQLite or PostgreSQL). */
export function createKyselyWebhookOutbox(db: Kysely<TDatabase>): TWebhookOutbox {
  return {
    findCandidate(candidateId) {
      return db
        .selectFrom('candidates')
        .innerJoin('jobs', 'jobs.id', 'candidates.job_id')
        .select([
          'candidates.id',
          'candidates.organisation_id',
          'candidates.name',
          'candidates.job_id',
          'jobs.title as job_title',
        ])
        .where('candidates.id', '=', candidateId)
        .executeTakeFirst();
    },
    subscriptions(organisationId) {
      return db
        .selectFrom('webhook_subscriptions')
        .select(['id', 'events'])
        .where('organisation_id', '=', organisationId)
        .execute();
    },
    async insertDeliveries(rows) {
      if (rows.length > 0)
        await db
          .insertInto('webhook_deliveries')
          .values([...rows])
          .execute();
    },
    findSubscription(organisationId, webhookId) {
      return db
        .selectFrom('webhook_subscriptions')
        .selectAll()
        .where('id', '=', webhookId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
    },
    async deleteSubscription(webhookId) {
      await db.deleteFrom('webhook_deliveries').where('subscription_id', '=', webhookId).execute();
      await db.deleteFrom('webhook_subscriptions').where('id', '=', webhookId).execute();
    },
    listDeliveries(webhookId, limit) {
      return db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('subscription_id', '=', webhookId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },
  };
}
