import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TInterviewRoom } from '../api/types';
import { InterviewRoomPage } from './interview-room-page';

const TOKEN = 'link-token';

function room(change: Partial<TInterviewRoom> = {}): TInterviewRoom {
  return {
    jobTitle: 'Warehouse Shift Supervisor',
    organisationName: 'Tar Heel Logistics',
    status: 'in_progress',
    notice: { retentionDays: 180, humanAlternative: 'Ask for a person at any time.' },
    selfIdentification: 'not_offered',
    progress: { answered: 1, planned: 5, minutesLeft: 20 },
    currentQuestion: { turnId: 't2', text: 'How do you plan a night shift?', timeWarning: null },
    history: [{ turnId: 't1', question: 'Tell me about your role.', answer: 'I run nights.' }],
    ...change,
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

type TCall = { method: string; url: string; body: unknown };

function stubServer(answers: ((call: TCall) => Response)[]): TCall[] {
  const calls: TCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const call = {
        method: init.method ?? 'GET',
        url,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      calls.push(call);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unexpected ${call.method} ${url}`);
      return answer(call);
    }),
  );
  return calls;
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the interview room’s human path and self-identification', () => {
  it('asks for a person only after a confirmation, then ends the interview and offers the voluntary form', async () => {
    const calls = stubServer([
      () => json(room()),
      () => json(room({ status: 'human_requested', currentQuestion: null, selfIdentification: 'offered' })),
      () => json(room({ status: 'human_requested', currentQuestion: null, selfIdentification: 'answered' })),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    await screen.findByText('How do you plan a night shift?');
    fireEvent.click(screen.getByRole('button', { name: 'Ask for a person instead' }));
    // Nothing is sent before the candidate confirms; they can go back.
    expect(calls).toHaveLength(1);
    expect(screen.getByRole('alertdialog').textContent).toContain('not evaluated by the AI');
    fireEvent.click(screen.getByRole('button', { name: 'Keep going with the AI interview' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ask for a person instead' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, I want a person' }));

    await screen.findByRole('heading', { name: 'You asked for an interview with a person' });
    expect(calls[1]).toMatchObject({ method: 'POST', url: `/api/interview/${TOKEN}/human` });
    expect(screen.queryByLabelText('Your answer')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ask for a person instead' })).toBeNull();

    const send = screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Sex' })).getByRole('radio', { name: 'I decline to answer' }),
    );
    expect(send.disabled).toBe(true);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Race/ethnicity' })).getByRole('radio', {
        name: 'I decline to answer',
      }),
    );
    expect(send.disabled).toBe(false);
    fireEvent.click(send);
    await screen.findByText(/your voluntary answers are saved apart from your interview/);
    expect(calls[2]).toMatchObject({
      method: 'POST',
      url: `/api/interview/${TOKEN}/self-identification`,
      body: { sex: 'decline', raceEthnicity: 'decline' },
    });
  });

  it('reopens on the request page and offers no AI questions after a refresh', async () => {
    stubServer([
      () => json(room({ status: 'human_requested', currentQuestion: null, selfIdentification: 'answered' })),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    await screen.findByRole('heading', { name: 'You asked for an interview with a person' });
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Sex' })).toBeNull());
    expect(screen.queryByLabelText('Your answer')).toBeNull();
  });

  it('offers the form on the thank-you page after a completed interview', async () => {
    stubServer([
      () => json(room({ status: 'completed', currentQuestion: null, selfIdentification: 'offered' })),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    await screen.findByRole('heading', { name: 'Thank you' });
    expect(screen.getByRole('group', { name: 'Sex' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Race/ethnicity' })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: 'I decline to answer' })).toHaveLength(2);
  });
});
