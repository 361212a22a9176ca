import { CandorError } from '../../core/candor-error.js';
import type { TWebhookSubscriptionRecord } from '../ports/records.js';
import { repositoriesOf } from '../web/repositories-of.js';
import { requireRole } from '../web/require-role.js';
import type { TActor, TWebContext } from '../web/web-context.js';

/** A webhook of the actor's organisation (admins and the owner). Errors: CandorError 'forbidden', 'not_found'. */
export async function findWebhookRow(
  context: TWebContext,
  actor: TActor,
  webhookId: string,
): Promise<TWebhookSubscriptionRecord> {
  requireRole(actor, ['owner', 'admin'], 'manage webhooks');
  const row = await repositoriesOf(context).webhooks.findSubscription(actor.organisationId, webhookId);
  if (row === undefined) throw new CandorError('not_found', `There is no webhook ${webhookId}.`);
  return row;
}
