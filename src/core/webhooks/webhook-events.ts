import { z } from 'zod';

/**
 * What a webhook can subscribe to: an interview finished (its evaluation is queued), its report
 * is ready, a recruiter recorded a decision.
 */
export const WEBHOOK_EVENTS = ['interview.completed', 'report.ready', 'decision.recorded'] as const;

export const ZWebhookEvent = z.enum(WEBHOOK_EVENTS);
export type TWebhookEvent = z.infer<typeof ZWebhookEvent>;
