import { type FormEvent, useState } from 'react';
import {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhook,
  type TCreatedWebhook,
  type TWebhook,
  type TWebhookDelivery,
  type TWebhookEvent,
  WEBHOOK_EVENT_LABELS,
} from '../api/webhooks-api';
import { Badge, CopyField, ErrorMessage, Notice, ResourceTable } from '../components/ui';
import { useResource } from '../components/use-resource';
import { formatDate, formatDateTime, type TTone } from '../lib/labels';

const EVENTS = Object.keys(WEBHOOK_EVENT_LABELS) as TWebhookEvent[];

const DELIVERY_TONES: Record<TWebhookDelivery['status'], TTone> = {
  pending: 'caution',
  delivering: 'info',
  succeeded: 'good',
  failed: 'bad',
};

/** Webhooks that push results to a hiring system: subscribe, see each delivery, send one again. */
export function WebhooksPanel() {
  const webhooks = useResource(listWebhooks, 'webhooks');
  const [created, setCreated] = useState<TCreatedWebhook | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const [openLog, setOpenLog] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const events = EVENTS.filter((name) => data.get(name) !== null);
    setIsBusy(true);
    setError(undefined);
    try {
      setCreated(await createWebhook(String(data.get('url')), events));
      form.reset();
      await webhooks.reload({ quiet: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  const remove = async (webhook: TWebhook) => {
    if (!window.confirm(`Delete the webhook to ${webhook.url}? Its delivery log is deleted too.`)) return;
    setError(undefined);
    try {
      await deleteWebhook(webhook.id);
      if (created?.id === webhook.id) setCreated(undefined);
      if (openLog === webhook.id) setOpenLog(undefined);
      await webhooks.reload({ quiet: true });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="panel" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">Webhooks</h2>
      <p className="muted">
        Candor POSTs JSON to your hiring system when an interview is completed, a report is ready or a
        decision is recorded, signed with the webhook's secret (the <code>Candor-Signature</code> header).
        Failed deliveries are retried with growing waits; the server only connects to the addresses its
        allow-list permits.
      </p>
      <form className="form form-inline" onSubmit={submit}>
        <div className="field">
          <label htmlFor="webhook-url">Target URL</label>
          <input
            id="webhook-url"
            name="url"
            type="url"
            required
            maxLength={2000}
            placeholder="https://ats.example.com/candor"
          />
        </div>
        <fieldset className="checkbox-group">
          <legend>Events</legend>
          {EVENTS.map((name) => (
            <label key={name}>
              <input type="checkbox" name={name} defaultChecked /> {WEBHOOK_EVENT_LABELS[name]}{' '}
              <code>{name}</code>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Adding…' : 'Add webhook'}
        </button>
      </form>
      <ErrorMessage error={error} />
      {created !== undefined ? (
        <Notice tone="success">
          <p>
            Webhook to <strong>{created.url}</strong> added. Copy its signing secret now: it is shown only
            once.
          </p>
          <CopyField value={created.secret} label="The webhook's signing secret" copyLabel="Copy secret" />
        </Notice>
      ) : null}
      <ResourceTable
        resource={webhooks}
        loadingLabel="Loading webhooks…"
        empty="No webhooks yet."
        columns={['Target', 'Events', 'Added', 'Last delivery']}
        actions
      >
        {(rows) =>
          rows.map((webhook) => (
            <tr key={webhook.id}>
              <th scope="row">
                <code>{webhook.url}</code>
              </th>
              <td>{webhook.events.join(', ')}</td>
              <td>
                {formatDate(webhook.createdAt)} by {webhook.createdBy}
              </td>
              <td>
                {webhook.lastDeliveryStatus === null ? (
                  'None yet'
                ) : (
                  <Badge
                    tone={
                      DELIVERY_TONES[webhook.lastDeliveryStatus as TWebhookDelivery['status']] ?? 'neutral'
                    }
                  >
                    {webhook.lastDeliveryStatus}
                  </Badge>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-expanded={openLog === webhook.id}
                  onClick={() => {
                    setOpenLog(openLog === webhook.id ? undefined : webhook.id);
                    void webhooks.reload({ quiet: true });
                  }}
                  aria-label={`Delivery log of the webhook to ${webhook.url}`}
                >
                  {openLog === webhook.id ? 'Hide log' : 'Delivery log'}
                </button>{' '}
                <button
                  type="button"
                  className="button button-quiet button-small button-danger"
                  onClick={() => void remove(webhook)}
                  aria-label={`Delete the webhook to ${webhook.url}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))
        }
      </ResourceTable>
      {openLog !== undefined ? (
        <DeliveryLog webhookId={openLog} onChange={() => void webhooks.reload({ quiet: true })} />
      ) : null}
    </section>
  );
}

function DeliveryLog({ webhookId, onChange }: { webhookId: string; onChange: () => void }) {
  const deliveries = useResource(() => listWebhookDeliveries(webhookId), `webhook-deliveries:${webhookId}`);
  const [error, setError] = useState<unknown>(undefined);

  const redeliver = async (delivery: TWebhookDelivery) => {
    setError(undefined);
    try {
      await redeliverWebhook(delivery.id);
      await deliveries.reload({ quiet: true });
      onChange();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div className="webhook-log">
      <h3>Delivery log</h3>
      <button
        type="button"
        className="button button-quiet button-small"
        onClick={() => void deliveries.reload()}
      >
        Refresh the log
      </button>
      <ErrorMessage error={error} />
      <ResourceTable
        resource={deliveries}
        loadingLabel="Loading deliveries…"
        empty="Nothing sent yet: events appear here as they happen."
        columns={['Event', 'Status', 'Attempts', 'Response', 'Duration', 'Error', 'Queued']}
        actions
      >
        {(rows) =>
          rows.map((delivery) => (
            <tr key={delivery.id}>
              <th scope="row">
                <code>{delivery.event}</code>
              </th>
              <td>
                <Badge tone={DELIVERY_TONES[delivery.status]}>{delivery.status}</Badge>
                {delivery.nextAttemptAt !== null && delivery.attempts > 0 ? (
                  <span className="muted"> · next try {formatDateTime(delivery.nextAttemptAt)}</span>
                ) : null}
              </td>
              <td>
                {delivery.attempts} of {delivery.maxAttempts}
              </td>
              <td>{delivery.responseStatus ?? '—'}</td>
              <td>{delivery.durationMs === null ? '—' : `${delivery.durationMs} ms`}</td>
              <td className="webhook-error">{delivery.error ?? ''}</td>
              <td>{formatDateTime(delivery.createdAt)}</td>
              <td>
                {delivery.status === 'succeeded' || delivery.status === 'failed' ? (
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => void redeliver(delivery)}
                    aria-label={`Send the ${delivery.event} event of ${formatDateTime(delivery.createdAt)} again`}
                  >
                    Redeliver
                  </button>
                ) : null}
              </td>
            </tr>
          ))
        }
      </ResourceTable>
    </div>
  );
}
