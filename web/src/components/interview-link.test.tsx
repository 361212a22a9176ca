import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidateSummary } from '../test-support/comparison-fixture';
import { InterviewLinkControl } from './interview-link';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('InterviewLinkControl', () => {
  it('creates a link valid for the lifetime chosen, 1 to 60 days', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit = {}) => {
        bodies.push(JSON.parse(String(init.body)));
        return new Response(
          JSON.stringify({
            url: 'http://localhost/interview/abc',
            expiresAt: '2030-01-01T00:00:00.000Z',
            token: 'abc',
          }),
          { status: 201, headers: { 'content-type': 'application/json' } },
        );
      }),
    );
    const onChange = vi.fn();
    render(
      <InterviewLinkControl
        candidate={candidateSummary('c-1', 'Ana Silva', null, { status: 'new' })}
        layout="compact"
        onChange={onChange}
      />,
    );
    const lifetime = screen.getByLabelText('Link for Ana Silva valid for') as HTMLSelectElement;
    expect(lifetime.value).toBe('7');
    expect([...lifetime.options].map((option) => option.value)).toEqual(['1', '3', '7', '14', '30', '60']);
    fireEvent.change(lifetime, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create an interview link for Ana Silva' }));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(bodies).toEqual([{ expiresInDays: 30 }]);
  });
});
