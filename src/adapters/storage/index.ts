export {
  claimQueueItem,
  type TClaimQueueItemInput,
  type TEvaluationJob,
  type TQueueName,
  type TWebhookDelivery,
} from './claim-queue-item.js';
export {
  createDatabase,
  DEFAULT_DATABASE_PATH,
  redactDatabaseUrl,
  resolveDatabaseUrl,
  type TCandorDatabase,
  type TCreateDatabaseOptions,
  type TDatabaseKind,
  type TDatabaseLocation,
} from './create-database.js';
export { createSessionId, toBase32 } from './create-session-id.js';
export type * from './database-schema.js';
export { enqueueEvaluationJob, type TEnqueueEvaluationJobInput } from './enqueue-evaluation-job.js';
export { failAbandonedEvaluationJobs } from './fail-abandoned-evaluation-jobs.js';
export { failAbandonedWebhookDeliveries } from './fail-abandoned-webhook-deliveries.js';
export { createKyselySessionStore, type TKyselySessionStoreOptions } from './kysely-session-store.js';
export { MIGRATIONS, migrateToLatest } from './migrations.js';
export { readOrCreateSetting } from './read-or-create-setting.js';
export { settleEvaluationJob, type TSettleEvaluationJobInput } from './settle-evaluation-job.js';
export { settleWebhookDelivery, type TSettleWebhookDeliveryInput } from './settle-webhook-delivery.js';
