import type { TAuditEventRecord, TNewRecord } from './records.js';

/** The audit trail: who did what to whom, appended inside the transaction that did it. */
export type TAuditRepository = {
  record(row: TNewRecord<TAuditEventRecord>): Promise<void>;
};
