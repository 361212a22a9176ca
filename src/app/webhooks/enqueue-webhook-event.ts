import type { TWebhookEvent } from '../../core/webhooks/webhook-events.js';
import { type TWebhookEventData, ZWebhookPayload } from '../../core/webhooks/webhook-payload.js';
import type { TWebhookOutbox } from '../ports/webhook-outbox.js';
import type { TWebContext } from '../web/web-context.js';
import { pendingDeliveryFields } from './pending-delivery-fields.js';

/**
 * Queues one event about a candidate for every webhook of the candidate's organisation that
 * subscribes to it. Call it with the outbox of the transaction that records what happened, so the event is
 * queued exactly when the change is stored. The body is fixed now, as ZWebhookPayload
 * (docs/webhook-payload.schema.json): `{id, type, createdAt, data}` with `data.candidate` and the
 * event's own fields. Resolves to how
 * many deliveries were queued.
 */
export async function enqueueWebhookEvent<E extends TWebhookEvent>(
  outbox: TWebhookOutbox,
  context: Pick<TWebContext, 'now' | 'newId' | 'webhooks'>,
  input: { event: E; candidateId: string; data: TWebhookEventData[E] },
): Promise<number> {
  const candidate = await outbox.findCandidate(input.candidateId);
  if (candidate === undefined) return 0;
  const subscriptions = await outbox.subscriptions(candidate.organisation_id);
  const targets = subscriptions.filter((subscription) =>
    subscription.events.split(' ').includes(input.event),
  );
  if (targets.length === 0) return 0;
  const now = context.now().toISOString();
  const eventId = `evt_${context.newId()}`;
  // Validated like the JSON report: nothing outside the published schema goes out.
  const payload = JSON.stringify(
    ZWebhookPayload.parse({
      id: eventId,
      type: input.event,
      createdAt: now,
      data: {
        candidate: {
          id: candidate.id,
          name: candidate.name,
          jobId: candidate.job_id,
          jobTitle: candidate.job_title,
        },
        ...input.data,
      },
    }),
  );
  await outbox.insertDeliveries(
    targets.map((subscription) => ({
      id: context.newId(),
      organisation_id: candidate.organisation_id,
      subscription_id: subscription.id,
      event_id: eventId,
      event: input.event,
      candidate_id: candidate.id,
      payload,
      ...pendingDeliveryFields(context, now),
    })),
  );
  return targets.length;
}
