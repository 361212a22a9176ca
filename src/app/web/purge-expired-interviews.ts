import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

const FINISHED = new Set(['completed', 'evaluated']);

/**
 * Keeps the candidate notice's promise: `retentionDays` after an interview ended, everything kept
 * about that candidate — resume, interview, room events, report, links, decisions and queue
 * entries — is erased (eraseCandidate, with a redacted audit event). Candidates who never
 * finished go the same way `retentionDays` after their last activity: added or invited and never
 * started (the newest link's creation counts), or abandoned mid-interview. Resolves to the
 * candidates erased.
 */
export async function purgeExpiredInterviews(context: TWebContext): Promise<string[]> {
  const now = context.now();
  const cutoff = new Date(now.getTime() - context.retentionDays * 86_400_000).toISOString();
  const repositories = repositoriesOf(context);
  const rows = await repositories.candidates.listInactiveSince(cutoff);
  const expired = rows.filter((row) => {
    if (row.sessionStatus !== null && FINISHED.has(row.sessionStatus)) return true;
    const lastActivity = [row.updatedAt, row.sessionUpdatedAt ?? '', row.lastLinkAt ?? ''].sort().at(-1);
    return (lastActivity ?? '') < cutoff;
  });
  const erased: string[] = [];
  for (const row of expired) {
    const result = await repositories.candidates.erase({
      candidateId: row.id,
      actor: { userId: null, name: 'retention' },
      reason: 'retention',
      auditId: context.newId(),
      at: now.toISOString(),
    });
    if (result !== undefined) erased.push(result.candidateId);
  }
  if (erased.length > 0) await repositories.flushDeleted();
  return erased;
}
