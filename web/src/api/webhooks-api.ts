import type { TCreatedWebhook, TWebhook, TWebhookDelivery } from '../../../src/contract/webhook-schemas.js';
import { request } from './client';

/** Webhooks for a hiring system (admins and the owner), and a job's candidates as CSV. */

export type { TCreatedWebhook, TWebhook, TWebhookDelivery };
export type TWebhookEvent = TWebhook['events'][number];

export const WEBHOOK_EVENT_LABELS: Record<TWebhookEvent, string> = {
  'interview.completed': 'Interview completed',
  'report.ready': 'Report ready',
  'decision.recorded': 'Decision recorded',
};

export async function listWebhooks(): Promise<TWebhook[]> {
  return (await request<{ webhooks: TWebhook[] }>('GET', '/api/webhooks')).webhooks;
}

export function createWebhook(url: string, events: TWebhookEvent[]): Promise<TCreatedWebhook> {
  return request<TCreatedWebhook>('POST', '/api/webhooks', { body: { url, events } });
}

export async function deleteWebhook(webhookId: string): Promise<void> {
  await request<unknown>('DELETE', `/api/webhooks/${encodeURIComponent(webhookId)}`);
}

export async function listWebhookDeliveries(webhookId: string): Promise<TWebhookDelivery[]> {
  return (
    await request<{ deliveries: TWebhookDelivery[] }>(
      'GET',
      `/api/webhooks/${encodeURIComponent(webhookId)}/deliveries`,
    )
  ).deliveries;
}

export function redeliverWebhook(deliveryId: string): Promise<TWebhookDelivery> {
  return request<TWebhookDelivery>(
    'POST',
    `/api/webhook-deliveries/${encodeURIComponent(deliveryId)}/redeliver`,
  );
}

/** Where the browser downloads a job's candidates as CSV (a plain link: the session cookie authorises it). */
export function candidatesCsvUrl(jobId: string): string {
  return `/api/jobs/${encodeURIComponent(jobId)}/candidates.csv`;
}
