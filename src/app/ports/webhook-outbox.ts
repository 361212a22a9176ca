import type { TNewRecord, TWebhookDeliveryRecord, TWebhookSubscriptionRecord } from './records.js';

/** What a webhook event says about its candidate. */
export type TWebhookCandidate = {
  id: string;
  organisation_id: string;
  name: string | null;
  job_id: string;
  job_title: string;
};

export type TWebhookSubscription = TWebhookSubscriptionRecord;
export type TWebhookDeliveryRow = TWebhookDeliveryRecord;

/** How a claimed delivery's attempt ended (settleDelivery). */
export type TSettleWebhookDeliveryInput = {
  now: Date;
  /** The target's HTTP status, or null when it did not answer. */
  responseStatus: number | null;
  durationMs: number;
  /** Null when delivered (a 2xx answer). */
  error: string | null;
  /** A failure waits this long before the next attempt, while attempts remain. */
  retryAfterMs: number;
};

/**
 * An organisation's webhooks and the queue their events wait in: deliveries are written in the
 * transaction that records the change, then claimed by the delivery loops of every process.
 */
export type TWebhookOutbox = {
  /** The candidate an event is about, with its job's title; undefined once erased. */
  findCandidate(candidateId: string): Promise<TWebhookCandidate | undefined>;
  /** The organisation's webhooks and the events each takes (space-separated). */
  subscriptions(organisationId: string): Promise<{ id: string; events: string }[]>;
  insertDeliveries(rows: readonly TNewRecord<TWebhookDeliveryRecord>[]): Promise<void>;
  /** How many webhooks the organisation has. */
  countSubscriptions(organisationId: string): Promise<number>;
  insertSubscription(row: TNewRecord<TWebhookSubscriptionRecord>): Promise<void>;
  /** The organisation's webhooks, oldest first, each with its latest delivery's status (null: none yet). */
  listSubscriptions(
    organisationId: string,
  ): Promise<(TWebhookSubscription & { last_delivery_status: string | null })[]>;
  /** One of the organisation's webhooks. */
  findSubscription(organisationId: string, webhookId: string): Promise<TWebhookSubscription | undefined>;
  /** Deletes a webhook with its delivery log. */
  deleteSubscription(webhookId: string): Promise<void>;
  /** A webhook's deliveries, newest first, at most `limit`. */
  listDeliveries(webhookId: string, limit: number): Promise<TWebhookDeliveryRow[]>;
  /** One of the organisation's deliveries. */
  findDelivery(organisationId: string, deliveryId: string): Promise<TWebhookDeliveryRow | undefined>;
  /**
   * Takes the oldest due delivery (pending and due, or delivering under a lock that ran out),
   * counting an attempt; exclusive across processes. Undefined when none is due.
   */
  claimDelivery(input: {
    workerId: string;
    now: Date;
    lockMs?: number;
  }): Promise<TWebhookDeliveryRow | undefined>;
  /**
   * Records how a claimed delivery's attempt ended: succeeded, pending again for a retry, or
   * failed once its attempts are used up. Undefined when the claim was lost.
   */
  settleDelivery(
    delivery: TWebhookDeliveryRow,
    input: TSettleWebhookDeliveryInput,
  ): Promise<'succeeded' | 'pending' | 'failed' | undefined>;
  /** Fails the deliveries whose loop died during their last attempt; resolves to how many. */
  failAbandoned(now: Date): Promise<number>;
};
