import { eraseCandidate } from '../../adapters/storage/erase-candidate.js';
import { flushDeletedData } from '../../adapters/storage/flush-deleted-data.js';
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
  const rows = await context.db
    .selectFrom('candidates')
    .leftJoin('interview_sessions', 'interview_sessions.id', 'candidates.interview_session_id')
    .select([
      'candidates.id',
      'candidates.updated_at',
      'interview_sessions.status as session_status',
      'interview_sessions.updated_at as session_updated_at',
    ])
    .where((eb) =>
      eb.or([
        eb('interview_sessions.updated_at', '<', cutoff),
        eb.and([eb('interview_sessions.id', 'is', null), eb('candidates.updated_at', '<', cutoff)]),
      ]),
    )
    .execute();
  const candidateIds = rows.map((row) => row.id);
  const latestLinks =
    candidateIds.length === 0
      ? []
      : await context.db
          .selectFrom('interview_links')
          .select(['candidate_id', (eb) => eb.fn.max('created_at').as('created_at')])
          .where('candidate_id', 'in', candidateIds)
          .groupBy('candidate_id')
          .execute();
  const linkedAt = new Map(latestLinks.map((link) => [link.candidate_id, String(link.created_at)]));
  const expired = rows.filter((row) => {
    if (row.session_status !== null && FINISHED.has(row.session_status)) return true;
    const lastActivity = [row.updated_at, row.session_updated_at ?? '', linkedAt.get(row.id) ?? '']
      .sort()
      .at(-1);
    return (lastActivity ?? '') < cutoff;
  });
  const erased: string[] = [];
  for (const row of expired) {
    const result = await eraseCandidate(context.db, {
      candidateId: row.id,
      actor: { userId: null, name: 'retention' },
      reason: 'retention',
      auditId: context.newId(),
      at: now.toISOString(),
    });
    if (result !== undefined) erased.push(result.candidateId);
  }
  if (erased.length > 0) await flushDeletedData(context.db);
  return erased;
}
