import type { TCandidateSummary } from '../../contract/api-schemas.js';
import { ZCandidateStatus } from '../../core/candidate/candidate-status.js';
import { ZRecommendation } from '../../core/evaluation.js';
import { ZInterviewState } from '../../core/interview/interview-state.js';
import { deriveLinkToken } from './derive-link-token.js';
import { hashToken } from './hash-token.js';
import { interviewUrl } from './interview-url.js';
import { parseStoredJson } from './parse-stored-json.js';
import { toDecision } from './to-decision.js';
import type { TActor, TWebContext } from './web-context.js';
import { webProgress } from './web-progress.js';

/** Must-haves met in a report stored before they were stored beside it, read without validating it. */
function countStoredMustHaves(reportJson: string | null): TCandidateSummary['mustHaves'] {
  if (reportJson === null) return null;
  try {
    const report = JSON.parse(reportJson) as { requirements?: { priority?: unknown; status?: unknown }[] };
    const musts = (report.requirements ?? []).filter((requirement) => requirement.priority === 'must');
    return { met: musts.filter((requirement) => requirement.status === 'met').length, total: musts.length };
  } catch {
    return null;
  }
}

export type TLoadCandidateSummariesInput =
  | { jobId: string; origin: string }
  | { candidateIds: readonly string[]; origin: string };

/**
 * Candidate summaries as lists show them: status, progress, recommendation, latest decision and
 * current link — in five queries however many candidates, all scoped to the actor's organisation.
 * Oldest first (upload order).
 */
export async function loadCandidateSummaries(
  context: TWebContext,
  actor: TActor,
  input: TLoadCandidateSummariesInput,
): Promise<TCandidateSummary[]> {
  let query = context.db
    .selectFrom('candidates')
    .selectAll()
    .where('organisation_id', '=', actor.organisationId);
  if ('jobId' in input) query = query.where('job_id', '=', input.jobId);
  else if (input.candidateIds.length === 0) return [];
  else query = query.where('id', 'in', [...input.candidateIds]);
  const candidates = await query.orderBy('created_at').orderBy('id').execute();
  if (candidates.length === 0) return [];
  const ids = candidates.map((candidate) => candidate.id);

  const links = await context.db
    .selectFrom('interview_links')
    .selectAll()
    .where('organisation_id', '=', actor.organisationId)
    .where('candidate_id', 'in', ids)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const decisions = await context.db
    .selectFrom('decisions')
    .selectAll()
    .where('organisation_id', '=', actor.organisationId)
    .where('candidate_id', 'in', ids)
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
  const sessionIds = candidates.flatMap((candidate) =>
    candidate.interview_session_id === null ? [] : [candidate.interview_session_id],
  );
  const sessions =
    sessionIds.length === 0
      ? []
      : await context.db
          .selectFrom('interview_sessions')
          .select(['id', 'answered_count', 'planned_count', 'must_haves_met', 'must_haves_total'])
          .select((eb) => eb('report_json', 'is not', null).as('has_report'))
          .where('id', 'in', sessionIds)
          .execute();
  // Must-haves are stored with the report; only a report from before that is read.
  const oldReports = sessions.filter(
    (session) =>
      Boolean(session.has_report) && (session.must_haves_met === null || session.must_haves_total === null),
  );
  const oldReportRows =
    oldReports.length === 0
      ? []
      : await context.db
          .selectFrom('interview_sessions')
          .select(['id', 'report_json'])
          .where(
            'id',
            'in',
            oldReports.map((session) => session.id),
          )
          .execute();
  // Progress is stored with every save; only a row from before that is parsed.
  const oldRows = sessions.filter(
    (session) => session.answered_count === null || session.planned_count === null,
  );
  const oldStates =
    oldRows.length === 0
      ? []
      : await context.db
          .selectFrom('interview_sessions')
          .select(['id', 'state_json'])
          .where(
            'id',
            'in',
            oldRows.map((session) => session.id),
          )
          .execute();
  const mustHavesById = new Map<string, TCandidateSummary['mustHaves']>();
  for (const session of sessions) {
    if (session.must_haves_met !== null && session.must_haves_total !== null) {
      mustHavesById.set(session.id, {
        met: Number(session.must_haves_met),
        total: Number(session.must_haves_total),
      });
    }
  }
  for (const row of oldReportRows) mustHavesById.set(row.id, countStoredMustHaves(row.report_json));
  const progressById = new Map<string, { answered: number; planned: number }>();
  for (const session of sessions) {
    if (session.answered_count !== null && session.planned_count !== null) {
      progressById.set(session.id, {
        answered: Number(session.answered_count),
        planned: Number(session.planned_count),
      });
    }
  }
  for (const row of oldStates) {
    progressById.set(
      row.id,
      webProgress(parseStoredJson(ZInterviewState, row.state_json, 'interview_sessions.state_json')),
    );
  }

  return candidates.map((candidate): TCandidateSummary => {
    const link = links.filter((row) => row.candidate_id === candidate.id).at(-1);
    const decision = decisions.filter((row) => row.candidate_id === candidate.id).at(-1);
    const progress =
      candidate.interview_session_id === null ? undefined : progressById.get(candidate.interview_session_id);
    let invitation: TCandidateSummary['invitation'] = null;
    if (link !== undefined) {
      const token = deriveLinkToken(context.secret, candidate.id, link.nonce);
      // A link made under another secret (CANDOR_SECRET changed) still opens, but cannot be shown again.
      const url = hashToken(token) === link.token_hash ? interviewUrl(input.origin, token) : '';
      invitation = { url, expiresAt: link.expires_at, revoked: link.revoked_at !== null };
    }
    const status = ZCandidateStatus.safeParse(candidate.status).data ?? 'new';
    const recommendation = ZRecommendation.safeParse(candidate.recommendation);
    return {
      id: candidate.id,
      jobId: candidate.job_id,
      name: candidate.name,
      fileName: candidate.file_name,
      status,
      progress: progress ?? null,
      recommendation: recommendation.success ? recommendation.data : null,
      redFlagCount: candidate.red_flag_count,
      mustHaves:
        candidate.interview_session_id === null
          ? null
          : (mustHavesById.get(candidate.interview_session_id) ?? null),
      humanRequestedAt: candidate.human_requested_at,
      decision: decision === undefined ? null : toDecision(decision),
      invitation,
      updatedAt: candidate.updated_at,
    };
  });
}
