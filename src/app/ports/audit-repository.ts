import type { Insertable } from 'kysely';
import type { TAuditEventsTable } from '../../adapters/storage/database-schema.js';

/** The audit trail: who did what to whom, appended inside the transaction that did it. */
export type TAuditRepository = {
  record(row: Insertable<TAuditEventsTable>): Promise<void>;
};
