/**
 * The webhook and export endpoints' bodies (beside api-schemas.ts, the same single source of truth
 * for the server's validation, the OpenAPI document and the web app's types).
 */
import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../core/webhooks/webhook-events.js';

/** POST /api/webhooks — admins and the owner. */
export const ZCreateWebhookBody = z.object({
  url: z.string().trim().min(1).max(2000),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, 'choose at least one event').max(WEBHOOK_EVENTS.length),
});

export const ZWebhook = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  createdAt: z.string(),
  createdBy: z.string(),
  /** The latest delivery's status, if any: pending | delivering | succeeded | failed. */
  lastDeliveryStatus: z.string().nullable(),
});
export type TWebhook = z.infer<typeof ZWebhook>;

/** The answer of POST /api/webhooks: the signing secret, shown only this once. */
export const ZCreatedWebhook = ZWebhook.extend({ secret: z.string() });
export type TCreatedWebhook = z.infer<typeof ZCreatedWebhook>;

/** GET /api/webhooks */
export const ZWebhookList = z.object({ webhooks: z.array(ZWebhook) });

export const ZWebhookDelivery = z.object({
  id: z.string(),
  /** The same on a redelivery: receivers use it to ignore repeats. */
  eventId: z.string(),
  event: z.string(),
  status: z.enum(['pending', 'delivering', 'succeeded', 'failed']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  /** The last attempt's HTTP status (null: no answer or none yet), duration and error. */
  responseStatus: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  error: z.string().nullable(),
  /** When a pending delivery is next tried. */
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

/** GET /api/webhooks/:id/deliveries — newest first, the latest 50. */
export const ZWebhookDeliveryList = z.object({ deliveries: z.array(ZWebhookDelivery) });
