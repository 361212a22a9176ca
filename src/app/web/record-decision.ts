import type { TDecision } from '../../contract/api-schemas.js';
import { ZRecommendation } from '../../core/evaluation.js';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event.js';
import { decisionForRecommendation, type TDecisionKind } from './decision-for-recommendation.js';
import { findCandidateRow } from './find-candidate-row.js';
import { repositoriesOf } from './repositories-of.js';
import { toDecision } from './to-decision.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * Records a recruiter's decision on a candidate, with their reason. Decisions are appended, never
 * changed: the latest is the candidate's decision and all of them are the audit trail. A decision
 * that differs from the AI's recommendation (advance ↔ Recommend or better, hold ↔ with
 * Reservations, reject ↔ Do Not Recommend) is marked as an override. A decision sent with an API
 * token is attributed to the token (by name) and to the user who created it. The
 * `decision.recorded` webhooks are queued with it. Errors: CandorError 'not_found'.
 */
export async function recordDecision(
  context: TWebContext,
  actor: TActor,
  input: { candidateId: string; decision: TDecisionKind; reason: string },
): Promise<TDecision> {
  const candidate = await findCandidateRow(context, actor, input.candidateId);
  const recommendation = ZRecommendation.safeParse(candidate.recommendation);
  const aiRecommendation = recommendation.success ? recommendation.data : null;
  const row = {
    id: context.newId(),
    organisation_id: actor.organisationId,
    candidate_id: candidate.id,
    decision: input.decision,
    reason: input.reason.trim(),
    ai_recommendation: aiRecommendation,
    is_override:
      aiRecommendation !== null && decisionForRecommendation(aiRecommendation) !== input.decision ? 1 : 0,
    decided_by_user_id: actor.userId,
    decided_by_name:
      actor.via === 'token' && actor.tokenName !== undefined
        ? `${actor.name} (API token "${actor.tokenName}")`
        : actor.name,
    decided_at: context.now().toISOString(),
  };
  await repositoriesOf(context).transaction(async (within) => {
    await within.decisions.insert(row);
    await within.candidates.touch(candidate.id, row.decided_at);
    await enqueueWebhookEvent(within.webhooks, context, {
      event: 'decision.recorded',
      candidateId: candidate.id,
      data: { decision: toDecision(row) },
    });
  });
  return toDecision(row);
}
