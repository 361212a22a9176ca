import { renderCsv } from '../../core/export/render-csv.js';
import { compareCandidates } from '../web/compare-candidates.js';
import { repositoriesOf } from '../web/repositories-of.js';
import type { TActor, TWebContext } from '../web/web-context.js';

export const CANDIDATES_CSV_HEADER = [
  'Name',
  'Email',
  'Status',
  'Recommendation',
  'Must-haves met',
  'Must-haves',
  'Red flags',
  'Decision',
  'Decided by',
  'Decided at',
  'Added at',
  'Updated at',
] as const;

function firstEmail(resumeJson: string): string | null {
  try {
    const emails = (JSON.parse(resumeJson) as { contact?: { emails?: unknown } }).contact?.emails;
    return Array.isArray(emails) && typeof emails[0] === 'string' ? emails[0] : null;
  } catch {
    return null;
  }
}

/**
 * A job's candidates as CSV for a hiring system or a spreadsheet, best recommendation first: name,
 * email (the resume's first), status, recommendation, must-haves met of the job's must-haves, red
 * flags, the latest human decision (who, when) and the dates. Cells that a spreadsheet would read as
 * a formula are prefixed with '. Errors: CandorError 'not_found' for the job.
 */
export async function exportCandidatesCsv(
  context: TWebContext,
  actor: TActor,
  jobId: string,
): Promise<{ fileName: string; csv: string }> {
  const comparison = await compareCandidates(context, actor, { jobId, origin: '' });
  const rows = await repositoriesOf(context).candidates.list(actor.organisationId, {
    jobId: comparison.job.id,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const lines = comparison.rows.map(({ candidate, mustHaveMet, mustHaveTotal, redFlags }) => {
    const row = byId.get(candidate.id);
    const isEvaluated = candidate.recommendation !== null;
    return [
      candidate.name ?? candidate.fileName,
      row === undefined ? null : firstEmail(row.resume_json),
      candidate.status,
      candidate.recommendation,
      isEvaluated ? mustHaveMet : null,
      mustHaveTotal,
      isEvaluated ? redFlags.length : null,
      candidate.decision?.decision ?? null,
      candidate.decision?.decidedBy ?? null,
      candidate.decision?.decidedAt ?? null,
      row?.created_at ?? null,
      candidate.updatedAt,
    ];
  });
  const slug =
    comparison.job.title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'job';
  return { fileName: `${slug}-candidates.csv`, csv: renderCsv([CANDIDATES_CSV_HEADER, ...lines]) };
}
