import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TInterviewRoom } from '../api/types';
import { InterviewRoomPage } from './interview-room-page';

const TOKEN = 'link-token';

function room(change: Partial<TInterviewRoom> = {}): TInterviewRoom {
  return {
    jobTitle: 'Senior Backend Engineer',
    organisationName: 'Lumen Ledger',
    status: 'in_progress',
    notice: {
      retentionDays: 180,
      humanAlternative: 'If you would rather be interviewed by a person, write to people@lumen.example.',
    },
    progress: { answered: 1, planned: 5, minutesLeft: 20 },
    selfIdentification: 'not_offered',
    currentQuestion: null,
    history: [
      {
        turnId: 't1',
        question: 'Tell me about a payment service you designed.',
        answer: 'I rebuilt it in Go.',
      },
    ],
    ...change,
  };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function eventStream(text: string): Response {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // Two chunks cut mid-event, as a network would.
      controller.enqueue(bytes.slice(0, 30));
      controller.enqueue(bytes.slice(30));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

const QUESTION_STREAM =
  'event: token\ndata: Describe a slow\n\nevent: token\ndata:  query you tuned.\n\n' +
  'event: question\ndata: {"turnId":"t2","text":"Describe a slow query you tuned.","timeWarning":null}\n\n';

type TCall = { method: string; url: string; body: unknown };

function stubServer(answers: ((call: TCall) => Response | Promise<Response>)[]): TCall[] {
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

describe('InterviewRoomPage', () => {
  it('shows the notice first and starts only after consent', async () => {
    const calls = stubServer([
      () =>
        json(
          room({
            status: 'awaiting_consent',
            history: [],
            progress: { answered: 0, planned: 5, minutesLeft: 25 },
          }),
        ),
      () => json(room({ history: [], progress: { answered: 0, planned: 5, minutesLeft: 25 } })),
      () => eventStream(QUESTION_STREAM),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    await screen.findByRole('heading', { name: 'Your interview for Senior Backend Engineer' });
    expect(screen.getByText(/An AI conducts and evaluates this interview/)).toBeTruthy();
    expect(screen.getByText(/keeps them for 180 days/)).toBeTruthy();
    expect(screen.getByText(/write to people@lumen.example./)).toBeTruthy();
    const start = screen.getByRole('button', { name: 'Start the interview' }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(start);
    expect(await screen.findByText('Describe a slow query you tuned.')).toBeTruthy();
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET /api/interview/${TOKEN}`,
      `POST /api/interview/${TOKEN}/consent`,
      `POST /api/interview/${TOKEN}/next`,
    ]);
  });

  it('resumes after a refresh, sends the answer with its paste events on Ctrl+Enter, and ends on a thank-you page without scores', async () => {
    const calls = stubServer([
      () => json(room()),
      () => eventStream(QUESTION_STREAM),
      () => json(room({ status: 'completed', progress: { answered: 5, planned: 5, minutesLeft: 3 } })),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    // The earlier turn is redrawn, then the streamed question arrives.
    expect(await screen.findByText('I rebuilt it in Go.')).toBeTruthy();
    await screen.findByText('Describe a slow query you tuned.');
    expect(screen.getByText('1 of 5 questions answered')).toBeTruthy();
    expect(screen.getByText('About 20 minutes left')).toBeTruthy();

    const textarea = screen.getByLabelText('Your answer') as HTMLTextAreaElement;
    const pasted = 'I ran EXPLAIN ANALYZE and added a partial index.';
    fireEvent.paste(textarea, { clipboardData: { getData: () => pasted } });
    fireEvent.change(textarea, { target: { value: `${pasted}\nThe job went from 3 hours to 25 minutes.` } });
    // Enter alone is a new line, not a send.
    fireEvent.keyDown(textarea, { key: 'Enter' });
    expect(calls).toHaveLength(2);
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });

    await screen.findByRole('heading', { name: 'Thank you' });
    const answerCall = calls[2]!;
    expect(answerCall.url).toBe(`/api/interview/${TOKEN}/answer`);
    expect(answerCall.body).toMatchObject({
      turnId: 't2',
      answer: `${pasted}\nThe job went from 3 hours to 25 minutes.`,
      events: [{ kind: 'paste', characters: pasted.length }],
    });
    expect(document.body.textContent).not.toMatch(/recommend|verdict|score/i);
  });

  it('keeps the answer when the network drops, says so, and sends it again on retry', async () => {
    stubServer([
      () =>
        json(
          room({
            currentQuestion: { turnId: 't2', text: 'Describe a slow query you tuned.', timeWarning: null },
          }),
        ),
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => json(room({ progress: { answered: 2, planned: 5, minutesLeft: 15 } })),
      () => eventStream('event: done\ndata: {}\n\n'),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    const textarea = (await screen.findByLabelText('Your answer')) as HTMLTextAreaElement;
    fireEvent.change(textarea, { target: { value: 'My answer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your answer was not sent');
    expect((screen.getByLabelText('Your answer') as HTMLTextAreaElement).value).toBe('My answer');
    // The draft survives a refresh too.
    expect(window.localStorage.getItem(`candor:draft:${TOKEN}:t2`)).toBe('My answer');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    await screen.findByRole('heading', { name: 'Thank you' });
    await waitFor(() => expect(window.localStorage.getItem(`candor:draft:${TOKEN}:t2`)).toBeNull());
  });

  it('sends a skip for the skip button', async () => {
    const calls = stubServer([
      () =>
        json(
          room({
            currentQuestion: {
              turnId: 't2',
              text: 'Describe a slow query you tuned.',
              timeWarning: 'Two minutes left.',
            },
          }),
        ),
      () => json(room({ status: 'completed' })),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    expect(await screen.findByText('Two minutes left.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skip question' }));
    // Skip asks once; "Keep answering" has the focus, so a second Enter does not skip.
    expect(screen.getByText(/Skip this question\?/)).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep answering');
    expect(calls).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, skip it' }));
    await screen.findByRole('heading', { name: 'Thank you' });
    expect(calls[1]?.body).toMatchObject({ turnId: 't2', answer: 'skip', skip: true });
  });

  it('undoes a skip until the next answer: the skipped question waits again', async () => {
    const question = { turnId: 't2', text: 'Describe a slow query you tuned.', timeWarning: null };
    const skippedRoom = room({
      progress: { answered: 2, planned: 5, minutesLeft: 18 },
      history: [...room().history, { turnId: 't2', question: question.text, answer: 'skip' }],
    });
    const calls = stubServer([
      () => json(room({ currentQuestion: question })),
      () => json(skippedRoom),
      () =>
        eventStream(
          'event: question\ndata: {"turnId":"t3","text":"How do you test a migration?","timeWarning":null}\n\n',
        ),
      () => json(room({ currentQuestion: question })),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    await screen.findByText(question.text);
    fireEvent.click(screen.getByRole('button', { name: 'Skip question' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, skip it' }));
    await screen.findByText('How do you test a migration?');
    expect(screen.getByText('Skipped')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo skip' }));
    await waitFor(() => expect(screen.getByTestId('current-question').textContent).toContain(question.text));
    expect(calls[3]).toMatchObject({
      method: 'POST',
      url: `/api/interview/${TOKEN}/undo-skip`,
      body: { turnId: 't2' },
    });
    expect(screen.queryByText('Skipped')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo skip' })).toBeNull();
  });

  it('restores a draft with the caret at its end, so typing continues it', async () => {
    window.localStorage.setItem(`candor:draft:${TOKEN}:t2`, 'First part of my answer.');
    stubServer([
      () =>
        json(
          room({
            currentQuestion: { turnId: 't2', text: 'Describe a slow query you tuned.', timeWarning: null },
          }),
        ),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    const textarea = (await screen.findByLabelText('Your answer')) as HTMLTextAreaElement;
    expect(textarea.value).toBe('First part of my answer.');
    await waitFor(() => expect(document.activeElement).toBe(textarea));
    expect(textarea.selectionStart).toBe(textarea.value.length);
    expect(textarea.selectionEnd).toBe(textarea.value.length);
    // Each change is saved as typed.
    fireEvent.change(textarea, { target: { value: 'First part of my answer. Second part.' } });
    expect(window.localStorage.getItem(`candor:draft:${TOKEN}:t2`)).toBe(
      'First part of my answer. Second part.',
    );
  });

  it('counts characters and refuses to send past the limit without cutting the text', async () => {
    const calls = stubServer([
      () =>
        json(
          room({
            currentQuestion: { turnId: 't2', text: 'Describe a slow query you tuned.', timeWarning: null },
          }),
        ),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    const textarea = (await screen.findByLabelText('Your answer')) as HTMLTextAreaElement;
    expect(screen.getByText('0 / 20,000 characters')).toBeTruthy();
    const long = 'word '.repeat(5_000);
    fireEvent.change(textarea, { target: { value: long } });
    expect(textarea.value).toHaveLength(25_000);
    expect(screen.getByText(/25,000 \/ 20,000 characters — 5,000 over the limit/)).toBeTruthy();
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    const send = screen.getByRole('button', { name: 'Send answer' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });
    expect(calls).toHaveLength(1);
    fireEvent.change(textarea, { target: { value: long.slice(0, 19_999) } });
    expect(send.disabled).toBe(false);
  });

  it('in a stale tab, says the answer was not sent and keeps its text for copying', async () => {
    const question = { turnId: 't2', text: 'Describe a slow query you tuned.', timeWarning: null };
    stubServer([
      () => json(room({ currentQuestion: question })),
      () =>
        json(
          {
            type: 'urn:candor:problem:conflict',
            title: 'Conflict',
            status: 409,
            detail: 'Question t2 was already answered.',
            code: 'conflict',
          },
          409,
        ),
      () =>
        json(
          room({
            progress: { answered: 2, planned: 5, minutesLeft: 15 },
            history: [
              ...room().history,
              { turnId: 't2', question: question.text, answer: 'From the other tab.' },
            ],
            currentQuestion: { turnId: 't3', text: 'How do you test a migration?', timeWarning: null },
          }),
        ),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    const textarea = (await screen.findByLabelText('Your answer')) as HTMLTextAreaElement;
    fireEvent.change(textarea, { target: { value: 'Typed in the old tab.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    await screen.findByRole('heading', { name: 'This answer was not sent' });
    expect((screen.getByLabelText('Your unsent text') as HTMLTextAreaElement).value).toBe(
      'Typed in the old tab.',
    );
    await screen.findByText('How do you test a migration?');
    expect(screen.getByText('From the other tab.')).toBeTruthy();
  });

  it('offers no keyboard shortcut on a touch screen', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)' }));
    stubServer([
      () =>
        json(
          room({
            currentQuestion: { turnId: 't2', text: 'Describe a slow query you tuned.', timeWarning: null },
          }),
        ),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    await screen.findByLabelText('Your answer');
    const hint = document.getElementById('answer-hint')?.textContent ?? '';
    expect(hint).toContain('Use Send answer when you are done.');
    expect(hint).not.toMatch(/Ctrl|⌘/);
  });

  it('explains a link that no longer works', async () => {
    stubServer([
      () =>
        json(
          {
            type: 'about:blank',
            title: 'Gone',
            status: 410,
            detail: 'This interview link has expired.',
            code: 'link_expired',
          },
          410,
        ),
    ]);
    render(<InterviewRoomPage token={TOKEN} />);
    expect(await screen.findByRole('heading', { name: 'This interview link does not work' })).toBeTruthy();
    expect(screen.getByText('This interview link has expired.')).toBeTruthy();
  });
});
