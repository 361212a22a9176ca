import { describe, expect, it } from 'vitest';
import { describeCandidateStatus, isInvitationExpired } from './labels';

const NOW = Date.parse('2025-03-10T12:00:00.000Z');
const invited = (expiresAt: string, revoked = false) => ({
  status: 'invited' as const,
  progress: null,
  invitation: { url: 'http://localhost/interview/x', expiresAt, revoked },
});

describe('describeCandidateStatus', () => {
  it('says "Link expired" once an unstarted invitation ran out, "Invited" before', () => {
    expect(describeCandidateStatus(invited('2025-03-11T12:00:00.000Z'), NOW)).toBe('Invited');
    expect(describeCandidateStatus(invited('2025-03-09T12:00:00.000Z'), NOW)).toBe('Link expired');
    expect(describeCandidateStatus(invited('2025-03-11T12:00:00.000Z', true), NOW)).toBe('Link revoked');
    expect(isInvitationExpired(invited('2025-03-10T12:00:00.000Z'), NOW)).toBe(true);
  });

  it('leaves a started interview alone whatever its link says', () => {
    expect(
      describeCandidateStatus(
        {
          ...invited('2025-03-09T12:00:00.000Z'),
          status: 'in_progress',
          progress: { answered: 2, planned: 7 },
        },
        NOW,
      ),
    ).toBe('In progress · 2 of 7 answered');
  });
});
