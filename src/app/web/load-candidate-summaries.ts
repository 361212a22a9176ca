import type { TCandidateSummary } from '../../contract/api-schemas.js';
import { ZCandidateStatus } from '../../core/candidate/candidate-status.js';
import { ZRecommendation } from '../../core/evaluation.js';
import { ZInterviewState } from '../../core/interview/interview-state.js';
import { deriveLinkToken } from './derive-link-token.js';
import { hashToken } from './hash-token.js';
import { interviewUrl } from './interview-url.js';
import { parseStoredJson } from './parse-stored-json.js';
import { repositoriesOf } from './repositories-of.js';
import { toDecision } from './to-decision.js';
import type { TActor, TWebContext } from './web-context.js';
import { webProgress } from './web-progress.js';

/** Must-haves met in a report stored before they were stored beside it, read without validating it. */
function countStoredMustHaves(reportJson: string): TCandidateSummary['mustHaves'] {
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
 * current link — in at most six queries however many candidates, all scoped to the actor's organisation.
 * Oldest first (upload order).
 */
export async function loadCandidateSummaries(
  context: TWebContext,
  actor: TActor,
  input: TLoadCandidateSummariesInput,
): Promise<TCandidateSummary[]> {
  const repositories = repositoriesOf(context);
  const candidates = await repositories.candidates.list(
    actor.organisationId,
    'jobId' in input ? { jobId: input.jobId } : { ids: input.candidateIds },
  );
  if (candidates.length === 0) return [];
  const ids = candidates.map((candidate) => candidate.id);
  const links = await repositories.candidates.listLinksOf(actor.organisationId, ids);
  const decisions = await repositories.decisions.listOf(actor.organisationId, ids);
  const sessions = await repositories.candidates.listInterviewProgress(
    candidates.flatMap((candidate) =>
      candidate.interview_session_id === null ? [] : [candidate.interview_session_id],
    ),
  );
  const mustHavesById = new Map<string, TCandidateSummary['mustHaves']>();
  const progressById = new Map<string, { answered: number; planned: number }>();
  for (const session of sessions) {
    if (session.mustHavesMet !== null && session.mustHavesTotal !== null) {
      mustHavesById.set(session.sessionId, { met: session.mustHavesMet, total: session.mustHavesTotal });
    } else if (session.reportJson !== undefined) {
      // A report stored before its must-haves were stored beside it.
      mustHavesById.set(session.sessionId, countStoredMustHaves(session.reportJson));
    }
    if (session.answeredCount !== null && session.plannedCount !== null) {
      progressById.set(session.sessionId, { answered: session.answeredCount, planned: session.plannedCount });
    } else if (session.stateJson !== undefined) {
      // A row saved before progress was stored with every save.
      progressById.set(
        session.sessionId,
        webProgress(parseStoredJson(ZInterviewState, session.stateJson, 'interview_sessions.state_json')),
      );
    }
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
