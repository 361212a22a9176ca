import type { Insertable, Selectable } from 'kysely';
import type {
  TWebhookDeliveriesTable,
  TWebhookSubscriptionsTable,
} from '../../adapters/storage/database-schema.js';

/** What a webhook event says about its candidate. */
export type TWebhookCandidate = {
  id: string;
  organisation_id: string;
  name: string | null;
  job_id: string;
  job_title: string;
};

/** Where webhook events wait for delivery: written in the transaction that records the change. */
export type TWebhookOutbox = {
  /** The candidate an event is about, with its job's title; undefined once erased. */
  findCandidate(candidateId: string): Promise<TWebhookCandidate | undefined>;
  /** The organisation's webhooks and the events each takes (space-separated). */
  subscriptions(organisationId: string): Promise<{ id: string; events: string }[]>;
  insertDeliveries(rows: readonly Insertable<TWebhookDeliveriesTable>[]): Promise<void>;
  /** One of the organisation's webhooks. */
  findSubscription(
    organisationId: string,
    webhookId: string,
  ): Promise<Selectable<TWebhookSubscriptionsTable> | undefined>;
  /** Deletes a webhook with its delivery log. */
  deleteSubscription(webhookId: string): Promise<void>;
  /** A webhook's deliveries, newest first, at most `limit`. */
  listDeliveries(webhookId: string, limit: number): Promise<Selectable<TWebhookDeliveriesTable>[]>;
};
