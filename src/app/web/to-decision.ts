import type { Selectable } from 'kysely';
import type { TDecisionsTable } from '../../adapters/storage/database-schema.js';
import type { TDecision } from '../../contract/api-schemas.js';

export function toDecision(row: Selectable<TDecisionsTable>): TDecision {
  const decision = row.decision === 'advance' || row.decision === 'reject' ? row.decision : 'hold';
  return {
    decision,
    reason: row.reason,
    isOverride: row.is_override === 1,
    decidedBy: row.decided_by_name,
    decidedAt: row.decided_at,
  };
}
