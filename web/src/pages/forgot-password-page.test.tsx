import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForgotPasswordPage } from './forgot-password-page';

type TCall = { method: string; url: string; body: unknown };

function serverAnswering(status: number, body: unknown): TCall[] {
  const calls: TCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({
        method: init.method ?? 'GET',
        url,
        body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
      });
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' },
      });
    }),
  );
  return calls;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function ask(email: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.click(screen.getByRole('button', { name: 'Send a reset link' }));
}

describe('ForgotPasswordPage', () => {
  it('sends the email and shows the server’s neutral answer', async () => {
    const calls = serverAnswering(202, {
      message: 'If an account uses this email, a reset link is on its way.',
    });
    render(<ForgotPasswordPage />);
    expect(screen.getByRole('heading', { name: 'Forgot your password?' })).toBeTruthy();
    ask('ada@example.com');
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('If an account uses this email, a reset link is on its way.');
    expect(calls).toEqual([
      { method: 'POST', url: '/api/auth/forgot-password', body: { email: 'ada@example.com' } },
    ]);
    expect(screen.queryByLabelText('Email')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to sign in' }).getAttribute('href')).toBe('/signin');
  });

  it('shows the server’s advice when it sends no email', async () => {
    serverAnswering(501, {
      code: 'not_implemented',
      status: 501,
      detail: 'This server sends no email: ask an owner or admin of your organisation for a reset link.',
    });
    render(<ForgotPasswordPage />);
    ask('ada@example.com');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'This server sends no email: ask an owner or admin of your organisation for a reset link.',
      ),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows any other failure as an error and keeps the form', async () => {
    serverAnswering(429, {
      code: 'rate_limited',
      status: 429,
      detail: 'Too many attempts. Try again in 6 seconds.',
    });
    render(<ForgotPasswordPage />);
    ask('ada@example.com');
    expect((await screen.findByRole('alert')).textContent).toContain('Too many attempts');
    expect(screen.getByLabelText('Email')).toBeTruthy();
  });
});
