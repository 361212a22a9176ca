import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

/**
 * Webhook subscriptions and their delivery queue (migration 0004): a delivery is a row with
 * attempts and next_attempt_at, claimed with a conditional UPDATE like an evaluation job.
 */
export const WEBHOOKS_MIGRATION: Migration = {
  async up(db: Kysely<unknown>) {
    const required = (column: ColumnDefinitionBuilder) => column.notNull();
    await db.schema
      .createTable('webhook_subscriptions')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
      .addColumn('url', 'text', required)
      .addColumn('events', 'text', required)
      .addColumn('secret_nonce', 'text', required)
      .addColumn('created_by_name', 'text', required)
      .addColumn('created_at', 'text', required)
      .execute();
    await db.schema
      .createIndex('webhook_subscriptions_organisation_id')
      .on('webhook_subscriptions')
      .column('organisation_id')
      .execute();
    await db.schema
      .createTable('webhook_deliveries')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
      .addColumn('subscription_id', 'text', (column) =>
        column.notNull().references('webhook_subscriptions.id'),
      )
      .addColumn('event_id', 'text', required)
      .addColumn('event', 'text', required)
      .addColumn('candidate_id', 'text')
      .addColumn('payload', 'text', required)
      .addColumn('status', 'text', required)
      .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', required)
      .addColumn('next_attempt_at', 'text', required)
      .addColumn('locked_until', 'text')
      .addColumn('locked_by', 'text')
      .addColumn('response_status', 'integer')
      .addColumn('duration_ms', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();
    await db.schema
      .createIndex('webhook_deliveries_status_next_attempt_at')
      .on('webhook_deliveries')
      .columns(['status', 'next_attempt_at'])
      .execute();
    await db.schema
      .createIndex('webhook_deliveries_subscription_id_created_at')
      .on('webhook_deliveries')
      .columns(['subscription_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('webhook_deliveries_candidate_id')
      .on('webhook_deliveries')
      .column('candidate_id')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('webhook_deliveries').execute();
    await db.schema.dropTable('webhook_subscriptions').execute();
  },
};
