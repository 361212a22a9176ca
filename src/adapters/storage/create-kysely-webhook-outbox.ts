import type { Kysely } from 'kysely';
import type { TWebhookOutbox } from '../../app/ports/webhook-outbox.js';
import { claimQueueItem } from './claim-queue-item.js';
import type { TDatabase } from './database-schema.js';
import { failAbandonedWebhookDeliveries } from './fail-abandoned-webhook-deliveries.js';
import { settleWebhookDelivery } from './settle-webhook-delivery.js';

/** TWebhookOutbox on the `webhook_subscriptions` and `webhook_deliveries` tables (SQLite or PostgreSQL). */
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
    async countSubscriptions(organisationId) {
      const row = await db
        .selectFrom('webhook_subscriptions')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },
    async insertSubscription(row) {
      await db.insertInto('webhook_subscriptions').values(row).execute();
    },
    listSubscriptions(organisationId) {
      return db
        .selectFrom('webhook_subscriptions')
        .selectAll('webhook_subscriptions')
        .select((eb) =>
          eb
            .selectFrom('webhook_deliveries')
            .select('webhook_deliveries.status')
            .whereRef('webhook_deliveries.subscription_id', '=', 'webhook_subscriptions.id')
            .orderBy('webhook_deliveries.created_at', 'desc')
            .orderBy('webhook_deliveries.id', 'desc')
            .limit(1)
            .as('last_delivery_status'),
        )
        .where('webhook_subscriptions.organisation_id', '=', organisationId)
        .orderBy('webhook_subscriptions.created_at')
        .orderBy('webhook_subscriptions.id')
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
    findDelivery(organisationId, deliveryId) {
      return db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('id', '=', deliveryId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
    },
    claimDelivery: (input) => claimQueueItem(db, 'webhook_deliveries', input),
    settleDelivery: (delivery, input) => settleWebhookDelivery(db, delivery, input),
    failAbandoned: (now) => failAbandonedWebhookDeliveries(db, now),
  };
}
