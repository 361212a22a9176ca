import type { TDecision } from '../../contract/api-schemas.js';
import type { TDecisionRecord } from '../ports/records.js';

export function toDecision(row: TDecisionRecord): TDecision {
  const decision = row.decision === 'advance' || row.decision === 'reject' ? row.decision : 'hold';
  return {
    decision,
    reason: row.reason,
    isOverride: row.is_override === 1,
    decidedBy: row.decided_by_name,
    decidedAt: row.decided_at,
  };
}
