import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TSessionInfo, TTeamMember, TUser } from '../api/types';
import { SessionContext } from '../session';
import { CandidateDataPanel } from './candidate-data-panel';
import { TeamPanel } from './team-panel';

const TEAM: TTeamMember[] = [
  {
    id: 'u1',
    email: 'ada@example.com',
    name: 'Ada Owner',
    role: 'owner',
    disabled: false,
    createdAt: '2026-03-01T09:00:00Z',
    isYou: false,
  },
  {
    id: 'u2',
    email: 'al@example.com',
    name: 'Al Admin',
    role: 'admin',
    disabled: false,
    createdAt: '2026-03-02T09:00:00Z',
    isYou: true,
  },
  {
    id: 'u3',
    email: 'mo@example.com',
    name: 'Mo Member',
    role: 'member',
    disabled: false,
    createdAt: '2026-03-03T09:00:00Z',
    isYou: false,
  },
];

type TCall = { method: string; url: string; body: unknown };
let calls: TCall[] = [];

beforeEach(() => {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      calls.push({ method, url, body: init.body === undefined ? undefined : JSON.parse(String(init.body)) });
      const json = (value: unknown, status = 200) =>
        new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
      if (method === 'GET' && url === '/api/team') return json({ members: TEAM });
      if (method === 'PATCH') return json({ ...TEAM[2], disabled: true });
      if (method === 'POST' && url.endsWith('/password-reset'))
        return json(
          {
            url: 'http://localhost/reset-password?token=abc',
            email: 'mo@example.com',
            expiresAt: '2026-03-04T09:00:00Z',
          },
          201,
        );
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

function row(name: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: new RegExp(name) });
  return header.closest('tr') as HTMLElement;
}

describe('TeamPanel', () => {
  it('lets an admin manage members only, and disables one after confirming', async () => {
    render(<TeamPanel viewerRole="admin" />);
    await screen.findByRole('table');
    expect(within(row('Ada Owner')).queryByRole('button')).toBeNull();
    expect(within(row('Al Admin')).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    fireEvent.click(within(row('Mo Member')).getByRole('button', { name: 'Disable Mo Member' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true));
    expect(calls.find((call) => call.method === 'PATCH')).toEqual({
      method: 'PATCH',
      url: '/api/team/u3',
      body: { disabled: true },
    });
    fireEvent.click(
      within(row('Mo Member')).getByRole('button', { name: 'Password reset link for Mo Member' }),
    );
    expect(await screen.findByDisplayValue('http://localhost/reset-password?token=abc')).toBeTruthy();
  });

  it('gives the owner role choices, and removes a colleague only once confirmed', async () => {
    render(<TeamPanel viewerRole="owner" />);
    await screen.findByRole('table');
    const role = screen.getByRole('combobox', { name: 'Role of Mo Member' });
    fireEvent.change(role, { target: { value: 'admin' } });
    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true));
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ role: 'admin' });
    vi.stubGlobal(
      'confirm',
      vi.fn(() => false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove Mo Member' }));
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);
  });
});

function withSession(role: TUser['role'], children: React.ReactNode) {
  const session: TSessionInfo = {
    user: { id: 'u9', email: 'x@example.com', name: 'X', role },
    organisation: { id: 'o1', name: 'Lumen' },
    csrfToken: 'csrf',
  };
  return (
    <SessionContext.Provider value={{ session, signOut: async () => {} }}>{children}</SessionContext.Provider>
  );
}

describe('CandidateDataPanel', () => {
  it('offers the export to everyone and the delete button to owners and admins, deleting after confirming', async () => {
    const { unmount } = render(
      withSession('member', <CandidateDataPanel candidateId="c1" name="Priya" jobId="j1" />),
    );
    expect(screen.getByRole('link', { name: 'Export data (JSON)' }).getAttribute('href')).toBe(
      '/api/candidates/c1/export',
    );
    expect(screen.queryByRole('button', { name: 'Delete candidate' })).toBeNull();
    unmount();

    render(withSession('admin', <CandidateDataPanel candidateId="c1" name="Priya" jobId="j1" />));
    fireEvent.click(screen.getByRole('button', { name: 'Delete candidate' }));
    await waitFor(() =>
      expect(calls).toEqual([{ method: 'DELETE', url: '/api/candidates/c1', body: undefined }]),
    );
    expect(window.confirm).toHaveBeenCalledWith(expect.stringContaining('Delete Priya for good'));
    await waitFor(() => expect(window.location.pathname).toBe('/jobs/j1'));
  });
});
