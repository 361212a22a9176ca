import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DATABASE_KINDS, type TTestDatabase } from './__fixtures__/test-databases.js';
import { claimQueueItem } from './claim-queue-item.js';
import { failAbandonedWebhookDeliveries } from './fail-abandoned-webhook-deliveries.js';
import { settleWebhookDelivery } from './settle-webhook-delivery.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe.each(TEST_DATABASE_KINDS)('the webhook delivery queue on %s', (kind) => {
  let database: TTestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
    const now = T0.toISOString();
    await database.db
      .insertInto('organisations')
      .values({ id: 'o1', name: 'Lumen', created_at: now })
      .execute();
    await database.db
      .insertInto('webhook_subscriptions')
      .values({
        id: 's1',
        organisation_id: 'o1',
        url: 'https://ats.example.com/hook',
        events: 'report.ready',
        secret_nonce: 'n',
        created_by_name: 'Ada',
        created_at: now,
      })
      .execute();
    for (const id of ['d1', 'd2']) {
      await database.db
        .insertInto('webhook_deliveries')
        .values({
          id,
          organisation_id: 'o1',
          subscription_id: 's1',
          event_id: `evt_${id}`,
          event: 'report.ready',
          candidate_id: null,
          payload: '{}',
          status: 'pending',
          attempts: 0,
          max_attempts: 2,
          next_attempt_at: id === 'd1' ? now : at(60).toISOString(),
          locked_until: null,
          locked_by: null,
          response_status: null,
          duration_ms: null,
          last_error: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  });
  afterEach(async () => {
    await database.dispose();
  });

  it('gives a due delivery to exactly one of two racing loops, and nothing before it is due', async () => {
    const [a, b] = await Promise.all([
      claimQueueItem(database.db, 'webhook_deliveries', { workerId: 'a', now: T0 }),
      claimQueueItem(database.db, 'webhook_deliveries', { workerId: 'b', now: T0 }),
    ]);
    expect([a?.id, b?.id].filter((id) => id !== undefined)).toEqual(['d1']);
    expect((a ?? b)?.attempts).toBe(1);
    expect(
      await claimQueueItem(database.db, 'webhook_deliveries', { workerId: 'c', now: T0 }),
    ).toBeUndefined();
  });

  it('retries after the delay it is given, fails for good when its attempts are used up, and lets a dead loop’s claim lapse', async () => {
    const first = await claimQueueItem(database.db, 'webhook_deliveries', { workerId: 'a', now: T0 });
    expect(first?.id).toBe('d1');
    if (first === undefined) return;
    const failure = { responseStatus: 500, durationMs: 12.4, error: 'HTTP 500', retryAfterMs: 30_000 };
    expect(await settleWebhookDelivery(database.db, first, { now: T0, ...failure })).toBe('pending');
    expect(
      await claimQueueItem(database.db, 'webhook_deliveries', { workerId: 'a', now: at(29) }),
    ).toBeUndefined();
    // A loop that claims and dies: after its lock another takes the delivery, and the dead one's settle is refused.
    const orphan = await claimQueueItem(database.db, 'webhook_deliveries', {
      workerId: 'dead',
      now: at(30),
      lockMs: 10_000,
    });
    expect(orphan?.id).toBe('d1');
    if (orphan === undefined) return;
    expect(
      await claimQueueItem(database.db, 'webhook_deliveries', { workerId: 'b', now: at(35) }),
    ).toBeUndefined();
    const row = await database.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('id', '=', 'd1')
      .executeTakeFirst();
    expect(row).toMatchObject({ status: 'delivering', attempts: 2, response_status: 500, duration_ms: 12 });
    // Its two attempts are used: the lapsed claim is not taken again; it is marked failed, and the
    // dead loop's late settle changes nothing.
    expect(
      await claimQueueItem(database.db, 'webhook_deliveries', { workerId: 'b', now: at(120) }),
    ).toMatchObject({
      id: 'd2',
    });
    expect(await failAbandonedWebhookDeliveries(database.db, at(39))).toBe(0);
    expect(await failAbandonedWebhookDeliveries(database.db, at(121))).toBe(1);
    expect(await settleWebhookDelivery(database.db, orphan, { now: at(122), ...failure })).toBeUndefined();
    const failed = await database.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('id', '=', 'd1')
      .executeTakeFirst();
    expect(failed).toMatchObject({ status: 'failed', attempts: 2, locked_by: null });
    expect(failed?.last_error).toContain('stopped during the last attempt');
  });
});
