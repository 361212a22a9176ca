import { toBase32 } from '../../adapters/storage/create-session-id.js';
import { checkWebhookTarget } from '../../adapters/webhooks/check-webhook-target.js';
import { parseWebhookAllowList } from '../../adapters/webhooks/parse-webhook-allow-list.js';
import type { TCreatedWebhook } from '../../contract/webhook-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import { type TWebhookEvent, WEBHOOK_EVENTS } from '../../core/webhooks/webhook-events.js';
import { repositoriesOf } from '../web/repositories-of.js';
import { requireRole } from '../web/require-role.js';
import type { TActor, TWebContext } from '../web/web-context.js';
import { deriveWebhookSecret } from './derive-webhook-secret.js';

/** Webhooks an organisation may have: each event is sent to every one of them. */
export const MAX_WEBHOOKS = 20;

/**
 * Subscribes a URL to events of the actor's organisation (admins and the owner). The URL is
 * checked now against the allow-list after resolving its host, so a refused target is named at
 * once (and checked again before every delivery). Resolves to the webhook with its signing
 * secret, which is shown only this once. Errors: CandorError 'forbidden', 'invalid_argument',
 * 'conflict' past MAX_WEBHOOKS.
 */
export async function createWebhook(
  context: TWebContext,
  actor: TActor,
  input: { url: string; events: readonly TWebhookEvent[] },
): Promise<TCreatedWebhook> {
  requireRole(actor, ['owner', 'admin'], 'manage webhooks');
  const webhooks = repositoriesOf(context).webhooks;
  if ((await webhooks.countSubscriptions(actor.organisationId)) >= MAX_WEBHOOKS) {
    throw new CandorError(
      'conflict',
      `An organisation has at most ${MAX_WEBHOOKS} webhooks: delete one you no longer use first.`,
    );
  }
  const target = await checkWebhookTarget(
    input.url,
    context.webhooks?.allowList ?? parseWebhookAllowList(undefined),
    context.webhooks?.resolve,
  );
  const events = WEBHOOK_EVENTS.filter((event) => input.events.includes(event));
  const row = {
    id: context.newId(),
    organisation_id: actor.organisationId,
    url: target.url.href,
    events: events.join(' '),
    secret_nonce: toBase32(context.randomBytes(16)),
    created_by_name: actor.name,
    created_at: context.now().toISOString(),
  };
  await webhooks.insertSubscription(row);
  return {
    id: row.id,
    url: row.url,
    events,
    createdAt: row.created_at,
    createdBy: row.created_by_name,
    lastDeliveryStatus: null,
    secret: deriveWebhookSecret(context.secret, row.id, row.secret_nonce),
  };
}
