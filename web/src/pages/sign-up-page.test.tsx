import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignUpPage } from './sign-up-page';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SignUpPage with an invitation', () => {
  it('names the organisation and pre-fills the invited email', async () => {
    const urls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        urls.push(url);
        return new Response(
          JSON.stringify({
            organisationName: 'Lumen Ledger',
            email: 'sam@lumen.example',
            role: 'member',
            expiresAt: '2030-01-01T00:00:00.000Z',
          }),
          { headers: { 'content-type': 'application/json' } },
        );
      }),
    );
    render(<SignUpPage invitationToken="invite-token" onSignedIn={() => {}} />);
    await screen.findByText(/You were invited to join Lumen Ledger as a member\./);
    await waitFor(() =>
      expect((screen.getByLabelText('Work email') as HTMLInputElement).value).toBe('sam@lumen.example'),
    );
    expect(urls).toEqual(['/api/invitations/invite-token']);
  });
});
