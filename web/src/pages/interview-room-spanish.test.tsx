import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TInterviewRoom } from '../api/types';
import { InterviewRoomPage } from './interview-room-page';

const TOKEN = 'link-token';

/** Words of the room's English texts; none may show in a Spanish room (the job and names aside). */
const ENGLISH =
  /\b(?:the|and|your|you|question|answer|interview|send|skip|ask|person|please|thank|minutes|instead|start|agree|sex|race|decline|female|male|white|asian|keep|going)\b/i;

function room(change: Partial<TInterviewRoom> = {}): TInterviewRoom {
  return {
    jobTitle: 'Auxiliar de enfermería (turno de noche)',
    organisationName: 'Residencia Los Olivos',
    status: 'awaiting_consent',
    // The server words the notice in the interview's language (buildInterviewRoom).
    notice: {
      retentionDays: 180,
      humanAlternative:
        'Si prefiere que le entreviste una persona, puede pedirlo en cualquier momento o escribir a rrhh@olivos.example.',
    },
    selfIdentification: 'not_offered',
    progress: { answered: 0, planned: 6, minutesLeft: 25 },
    currentQuestion: null,
    language: 'es',
    history: [],
    ...change,
  };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

function stubServer(answers: (() => Response)[]): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      const answer = answers.shift();
      if (answer === undefined) throw new Error('unexpected request');
      return answer();
    }),
  );
}

/** The room's visible text without the job's and the organisation's own names and the address. */
const roomText = () =>
  (document.body.textContent ?? '')
    .replaceAll('Auxiliar de enfermería (turno de noche)', '')
    .replaceAll('Residencia Los Olivos', '')
    .replace(/\S+@\S+/g, '');

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a Spanish interview room', () => {
  it('shows the notice, the consent and "ask for a person" in Spanish, with no English left', async () => {
    stubServer([() => json(room())]);
    render(<InterviewRoomPage token={TOKEN} />);
    await screen.findByRole('heading', { name: /Su entrevista para/ });
    expect(screen.getByRole('button', { name: 'Empezar la entrevista' })).toBeTruthy();
    expect(roomText()).not.toMatch(ENGLISH);

    fireEvent.click(screen.getByRole('button', { name: 'Pedir una entrevista con una persona' }));
    expect(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Sí, quiero una persona' }),
    ).toBeTruthy();
    expect(roomText()).not.toMatch(ENGLISH);
  });

  it('thanks the candidate and offers the voluntary self-identification form in Spanish', async () => {
    stubServer([() => json(room({ status: 'completed', selfIdentification: 'offered' }))]);
    render(<InterviewRoomPage token={TOKEN} />);
    await screen.findByRole('heading', { name: 'Gracias' });
    expect(screen.getByRole('group', { name: 'Sexo' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Raza/etnia' })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: 'Prefiero no responder' })).toHaveLength(2);
    expect(roomText()).not.toMatch(ENGLISH);
  });

  it('tells a candidate who asked for a person what happens next, in Spanish', async () => {
    stubServer([() => json(room({ status: 'human_requested', selfIdentification: 'offered' }))]);
    render(<InterviewRoomPage token={TOKEN} />);
    await screen.findByRole('heading', { name: 'Ha pedido una entrevista con una persona' });
    expect(roomText()).not.toMatch(ENGLISH);
  });
});
