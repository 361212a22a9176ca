import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TWebhook, TWebhookDelivery } from '../api/webhooks-api';
import { WebhooksPanel } from './webhooks-panel';

const WEBHOOK: TWebhook = {
  id: 'w1',
  url: 'https://ats.example.com/candor',
  events: ['report.ready', 'decision.recorded'],
  createdAt: '2026-03-01T09:00:00Z',
  createdBy: 'Ada Owner',
  lastDeliveryStatus: 'failed',
};

const DELIVERIES: TWebhookDelivery[] = [
  {
    id: 'd2',
    eventId: 'evt_2',
    event: 'decision.recorded',
    status: 'failed',
    attempts: 8,
    maxAttempts: 8,
    responseStatus: 503,
    durationMs: 120,
    error: 'HTTP 503: down for maintenance',
    nextAttemptAt: null,
    createdAt: '2026-03-02T10:00:00Z',
    updatedAt: '2026-03-02T12:00:00Z',
  },
  {
    id: 'd1',
    eventId: 'evt_1',
    event: 'report.ready',
    status: 'pending',
    attempts: 1,
    maxAttempts: 8,
    responseStatus: null,
    durationMs: 10_000,
    error: 'No answer within 10000 ms',
    nextAttemptAt: '2026-03-02T09:01:00Z',
    createdAt: '2026-03-02T09:00:00Z',
    updatedAt: '2026-03-02T09:00:30Z',
  },
];

type TCall = { method: string; url: string; body: unknown };
let calls: TCall[] = [];
let webhooks: TWebhook[] = [];

beforeEach(() => {
  calls = [];
  webhooks = [WEBHOOK];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = init.body === undefined ? undefined : JSON.parse(String(init.body));
      calls.push({ method, url, body });
      const json = (value: unknown, status = 200) =>
        new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
      if (method === 'GET' && url === '/api/webhooks') return json({ webhooks });
      if (method === 'POST' && url === '/api/webhooks') {
        if (String(body.url).includes('10.0.0.1'))
          return json(
            {
              code: 'invalid_argument',
              detail: 'The webhook target 10.0.0.1 is a private address.',
              field: 'url',
              status: 400,
              title: 'Bad Request',
              type: 'about:blank',
            },
            400,
          );
        const created = {
          ...WEBHOOK,
          id: 'w2',
          url: body.url,
          events: body.events,
          lastDeliveryStatus: null,
        };
        webhooks = [...webhooks, created];
        return json({ ...created, secret: 'whsec_shown-once' }, 201);
      }
      if (method === 'GET' && url === '/api/webhooks/w1/deliveries') return json({ deliveries: DELIVERIES });
      if (method === 'POST' && url === '/api/webhook-deliveries/d2/redeliver')
        return json({ ...DELIVERIES[0], id: 'd3', status: 'pending', attempts: 0 }, 201);
      if (method === 'DELETE') return new Response(null, { status: 204 });
      return json({ code: 'not_found', detail: 'nothing' }, 404);
    }),
  );
  vi.stubGlobal(
    'confirm',
    vi.fn(() => true),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('WebhooksPanel', () => {
  it('adds a webhook with the chosen events and shows its secret once; a refused target shows why', async () => {
    render(<WebhooksPanel />);
    await screen.findByRole('rowheader', { name: 'https://ats.example.com/candor' });
    const url = screen.getByLabelText('Target URL');
    fireEvent.change(url, { target: { value: 'https://10.0.0.1/hook' } });
    fireEvent.submit(url.closest('form') as HTMLFormElement);
    expect((await screen.findByRole('alert')).textContent).toContain('is a private address');

    fireEvent.change(url, { target: { value: 'https://hr.example.org/hook' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Interview completed/ }));
    fireEvent.submit(url.closest('form') as HTMLFormElement);
    expect(await screen.findByDisplayValue('whsec_shown-once')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST').at(-1)).toEqual({
      method: 'POST',
      url: '/api/webhooks',
      body: { url: 'https://hr.example.org/hook', events: ['report.ready', 'decision.recorded'] },
    });
    await screen.findByRole('rowheader', { name: 'https://hr.example.org/hook' });
  });

  it('shows the delivery log with status, response, duration and error, and redelivers a finished delivery', async () => {
    render(<WebhooksPanel />);
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Delivery log of the webhook to https://ats.example.com/candor',
      }),
    );
    const failed = (await screen.findByRole('rowheader', { name: 'decision.recorded' })).closest(
      'tr',
    ) as HTMLElement;
    expect(failed.textContent).toContain('failed');
    expect(failed.textContent).toContain('8 of 8');
    expect(failed.textContent).toContain('503');
    expect(failed.textContent).toContain('120 ms');
    expect(failed.textContent).toContain('HTTP 503: down for maintenance');
    const pending = screen.getByRole('rowheader', { name: 'report.ready' }).closest('tr') as HTMLElement;
    expect(pending.textContent).toContain('next try');
    expect(within(pending).queryByRole('button', { name: /again/ })).toBeNull();
    fireEvent.click(within(failed).getByRole('button', { name: /Send the decision.recorded event/ }));
    await waitFor(() =>
      expect(calls.some((call) => call.url === '/api/webhook-deliveries/d2/redeliver')).toBe(true),
    );
  });

  it('deletes a webhook only once confirmed', async () => {
    render(<WebhooksPanel />);
    const remove = await screen.findByRole('button', {
      name: 'Delete the webhook to https://ats.example.com/candor',
    });
    vi.stubGlobal(
      'confirm',
      vi.fn(() => false),
    );
    fireEvent.click(remove);
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);
    vi.stubGlobal(
      'confirm',
      vi.fn(() => true),
    );
    fireEvent.click(remove);
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'DELETE')).toEqual({
        method: 'DELETE',
        url: '/api/webhooks/w1',
        body: undefined,
      }),
    );
  });
});
