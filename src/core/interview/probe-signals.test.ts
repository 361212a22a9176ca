import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJobText } from '../ingest/parse-job-text.js';
import { parseResumeText } from '../ingest/parse-resume-text.js';
import { planInterview } from '../plan/plan-interview.js';
import { readSpanishSentence } from '../reading/read-spanish-sentence.js';
import { analyzeAnswer } from '../signals/analyze-answer.js';
import { createInterview } from './create-interview.js';
import { decideFollowUp } from './decide-follow-up.js';
import { nextStep } from './next-step.js';
import { probeSignals } from './probe-signals.js';
import { recordAnswer } from './record-answer.js';

const QUESTION_ES =
  'El puesto pide «Registrar las constantes vitales y comunicar cualquier cambio a la enfermera». Hábleme de una ocasión concreta en la que lo puso en práctica: qué hizo usted y cómo salió.';
const QUESTION_EN =
  'Tell me about a time you recorded vital signs and reported a change to the nurse: what you did and how it turned out.';
const TOPIC = 'Registrar las constantes vitales y comunicar cualquier cambio a la enfermera';

/** The probe the policy chooses for a first answer to a plan question, read as recordAnswer reads it. */
function probeFor(answer: string, options: { question?: string; language?: string } = {}) {
  const signals = analyzeAnswer({
    turn: 1,
    turnId: 'T1',
    question: options.question ?? QUESTION_ES,
    answer,
    topicText: TOPIC,
  });
  const decision = decideFollowUp({
    questionType: 'Behavioral',
    signals: probeSignals(signals, answer),
    previousProbes: [],
    maxProbes: 2,
    language: options.language ?? 'es',
  });
  return { signals, decision: decision.action === 'follow_up' ? decision.reason : `move_on:${decision.why}` };
}

describe('the probe chosen for a Spanish answer', () => {
  // Concrete: the candidate's own past actions with a number, a name or a second action.
  // Vague: general statements, habits, no story. Denial: an honest "I haven't".
  it.each([
    [
      'concrete, with a count and a place',
      'En la Residencia San Vicente atendí a 20 residentes por turno y registré las constantes vitales cada noche.',
      ['move_on:strong', 'no_impact'],
    ],
    [
      'concrete, a story told in the perfect',
      'He tomado la tensión y la temperatura a doce residentes cada noche durante dos años y he avisado a la enfermera de cualquier cambio.',
      ['move_on:strong', 'no_impact'],
    ],
    [
      'concrete, a story with a result',
      'Cuando una residente dejó de comer, avisé a la enfermera, anoté la ingesta cada turno y en una semana bajamos las caídas de 4 a 1.',
      ['move_on:strong', 'move_on:adequate'],
    ],
    [
      'concrete, two own actions in the past',
      'Una noche un residente tenía fiebre muy alta: le tomé la temperatura otra vez, llamé a la enfermera de guardia y me quedé con él hasta que llegó.',
      ['move_on:strong', 'no_impact', 'elaborate'],
    ],
    [
      'vague, a habit',
      'Siempre intento hacerlo lo mejor posible y trabajo bien con las compañeras del turno.',
      ['vague'],
    ],
    [
      'vague, general praise',
      'Sí, lo he hecho muchas veces y siempre ha salido bien, sin ningún problema de verdad.',
      ['vague'],
    ],
    [
      'vague, hedged',
      'Creo que sí, más o menos lo hacía de vez en cuando, no estoy segura de los detalles.',
      ['vague'],
    ],
    ['denial, "no he"', 'No he trabajado nunca con constantes vitales, la verdad.', ['no_experience']],
    [
      'denial, "nunca"',
      'Nunca he registrado las constantes yo misma, siempre lo hacía la enfermera.',
      ['no_experience'],
    ],
    [
      'denial, "no tengo experiencia"',
      'No tengo experiencia en eso todavía, pero me gustaría aprender.',
      ['no_experience'],
    ],
    [
      'denial, "todavía no"',
      'Todavía no he tenido la ocasión de hacerlo en una residencia.',
      ['no_experience'],
    ],
  ])('%s', (_kind, answer, expected) => {
    const { signals, decision } = probeFor(answer);
    expect(signals.language).toBe('es');
    expect(expected).toContain(decision);
  });

  it('never asks a concrete Spanish story for a concrete example', () => {
    const answer =
      'En la Residencia San Vicente atendí a 20 residentes por turno y registré las constantes vitales cada noche.';
    expect(probeFor(answer).decision).not.toBe('vague');
    const signals = analyzeAnswer({ turn: 1, turnId: 'T1', question: QUESTION_ES, answer, topicText: TOPIC });
    const read = probeSignals(signals, answer);
    expect(read.gaveExample).toBe(true);
    expect(read.firstPersonActions).toEqual(expect.arrayContaining(['atendí', 'registré']));
  });

  it('treats a Spanish answer in an English interview as an answer, not as off topic', () => {
    const story = probeFor(
      'En la Residencia San Vicente atendí a 20 residentes por turno y registré las constantes vitales cada noche.',
      { question: QUESTION_EN, language: 'en' },
    );
    expect(story.signals.language).toBe('es');
    expect(story.signals.languageName).toBe('Spanish');
    expect(['move_on:strong', 'no_impact']).toContain(story.decision);
    const denial = probeFor('No he trabajado nunca con constantes vitales, la verdad.', {
      question: QUESTION_EN,
      language: 'en',
    });
    expect(denial.decision).toBe('no_experience');
  });

  it('leaves English answers to the English reader', () => {
    const answer = 'I did a lot of that on my floor, it went fine.';
    const signals = analyzeAnswer({ turn: 1, turnId: 'T1', question: QUESTION_EN, answer, topicText: TOPIC });
    expect(probeSignals(signals, answer)).toBe(signals);
  });

  it('holds through a whole Spanish interview: a concrete story is never asked for an example', () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../../../test/fixtures/documents/${name}`, import.meta.url), 'utf8');
    const plan = planInterview({
      job: parseJobText(fixture('job-auxiliar-es.md')),
      resume: parseResumeText(fixture('resume-auxiliar-es.md')),
      language: 'es',
    });
    let state = createInterview({ plan, now: '2026-12-01T09:00:00.000Z' });
    for (let turn = 0; turn < 30; turn++) {
      const step = nextStep(state, { now: '2026-12-01T09:01:00.000Z' });
      if (step.kind !== 'ask') break;
      state = recordAnswer(step.state, {
        answer:
          'En la Residencia San Vicente atendí a 20 residentes por turno y registré las constantes vitales cada noche.',
        answeredAt: '2026-12-01T09:01:30.000Z',
      });
    }
    const reasons = state.turns.flatMap((turn) =>
      turn.decision?.action === 'follow_up' ? [turn.decision.reason] : [],
    );
    expect(state.status).toBe('completed');
    expect(reasons).not.toContain('vague');
  });
});

describe('readSpanishSentence', () => {
  it.each([
    [
      'Atendí a 20 residentes por turno y registré las constantes.',
      { ownPast: ['Atendí', 'registré'], isDenial: false },
    ],
    ['Hicimos un plan de cuidados y lo revisamos cada semana.', { ownPast: ['Hicimos'], isDenial: false }],
    ['He cuidado a quince residentes durante tres años.', { ownPast: ['cuidado'], isDenial: false }],
    ['No he trabajado con pacientes con demencia.', { ownPast: [], isDenial: true }],
    ['No tengo experiencia en eso.', { ownPast: [], isDenial: true }],
    [
      'Un residente no respiraba bien, así que llamé a la enfermera.',
      { ownPast: ['llamé'], isDenial: false },
    ],
    ['Siempre ayudo a los residentes y trabajo bien en equipo.', { ownPast: [], isDenial: false }],
  ])('%s', (answer, expected) => {
    const reading = readSpanishSentence(answer);
    expect(reading.ownPast).toEqual(expected.ownPast);
    expect(reading.isDenial).toBe(expected.isDenial);
  });

  it('reads the conditional as what the candidate would do, and hedges as hedges', () => {
    const reading = readSpanishSentence('Creo que llamaría a la enfermera, supongo.');
    expect(reading.hypothetical).toEqual(['llamaría']);
    expect(reading.hedges).toEqual(['Creo que', 'supongo']);
    expect(reading.ownPast).toEqual([]);
  });

  it('finds a measured change', () => {
    expect(readSpanishSentence('Redujimos las caídas de 12 a 4 al mes.').results).toEqual(['de 12 a 4']);
    expect(readSpanishSentence('Bajamos los errores un 30 %.').results).toHaveLength(1);
    expect(readSpanishSentence('Atendí a 20 residentes.').results).toEqual([]);
  });
});
