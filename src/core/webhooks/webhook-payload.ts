import { z } from 'zod';
import { ZEvaluation } from '../evaluation.js';

/** Who an event is about: the candidate and their job. */
export const ZWebhookCandidate = z.object({
  id: z.string(),
  /** The name read from the resume; null when none was found. */
  name: z.string().nullable(),
  jobId: z.string(),
  jobTitle: z.string(),
});

function event<T extends string, D extends z.ZodRawShape>(type: T, data: D) {
  return z.object({
    /** The event's id: the same on a retry and a redelivery, so a receiver can ignore repeats. */
    id: z.string(),
    type: z.literal(type),
    /** When it happened (ISO 8601). */
    createdAt: z.string(),
    data: z.object({ candidate: ZWebhookCandidate, ...data }),
  });
}

/**
 * The body of a webhook: `{id, type, createdAt, data}`, `data.candidate` on every event, and per
 * type: the interview's id and end; the report, exactly as the JSON report (docs/report.schema.json);
 * the decision as the API gives it.
 */
export const ZWebhookPayload = z.discriminatedUnion('type', [
  event('interview.completed', { interviewId: z.string(), completedAt: z.string() }),
  event('report.ready', { interviewId: z.string(), report: ZEvaluation }),
  event('decision.recorded', {
    decision: z.object({
      decision: z.enum(['advance', 'reject', 'hold']),
      reason: z.string(),
      /** True when the human decision differs from the AI's recommendation. */
      isOverride: z.boolean(),
      decidedBy: z.string(),
      decidedAt: z.string(),
    }),
  }),
]);
export type TWebhookPayload = z.infer<typeof ZWebhookPayload>;

/** What each event carries besides the candidate. */
export type TWebhookEventData = {
  [P in TWebhookPayload as P['type']]: Omit<P['data'], 'candidate'>;
};
