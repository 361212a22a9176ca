import { describe, expect, it } from 'vitest';
import { readForeignSentence } from './read-foreign-sentence.js';

const CONTEXT = {
  topicLemmas: new Set<string>(),
  domainLemmas: new Set<string>(),
  questionNumbers: new Set<string>(),
};

describe('readForeignSentence: whose denial a negation is', () => {
  it.each([
    ['es', 'No he usado Epic nunca, solo Cerner.'],
    ['es', 'Nunca lo hice en un hospital grande.'],
    ['es', 'Yo no tengo experiencia con pacientes pediátricos.'],
    ['es', 'En ese trabajo tampoco manejé inventario.'],
    ['fr', "Je n'ai jamais fait de lean manufacturing."],
    ['fr', 'Moi, je ne gère pas les plannings.'],
    ['de', 'Ich habe das nie selbst gemacht.'],
    ['de', 'Das habe ich nicht gemacht.'],
  ])('%s: "%s" is the candidate denying their own experience', (language, text) => {
    expect(readForeignSentence(text, language, CONTEXT).isNegated).toBe(true);
  });

  it.each([
    ['es', 'Cuando una familia no habla inglés, yo les explico el plan de alta en español.'],
    ['es', 'Si el paciente no respondía, yo llamaba al equipo de respuesta rápida y anoté la hora.'],
    ['es', 'Organicé el turno para que nadie trabajara solo y no faltara personal en la noche.'],
    ['fr', "Quand le fournisseur n'a pas livré, j'ai appelé le chef et changé le menu."],
    ['de', 'Wenn die Lieferung nicht kommt, rufe ich den Lieferanten an, und wir planen um.'],
  ])('%s: "%s" denies nothing of the candidate\'s, and keeps their actions', (language, text) => {
    const reading = readForeignSentence(text, language, CONTEXT);
    expect(reading.isNegated).toBe(false);
    expect(reading.ownedActions.length).toBeGreaterThan(0);
  });

  it('reads a bare opening "no" as a denial in every language it knows', () => {
    for (const [language, text] of [
      ['es', 'No, eso no lo he hecho.'],
      ['fr', 'Non, pas vraiment.'],
      ['de', 'Nein, leider nicht.'],
    ] as const) {
      expect(readForeignSentence(text, language, CONTEXT).isNegated).toBe(true);
    }
  });

  it('reads a Spanish story told in the perfect and a result with its measure, as the probe choice does', () => {
    const story = readForeignSentence('He cuidado a quince residentes durante tres años.', 'es', CONTEXT);
    expect(story.ownedPast).toBe(true);
    expect(story.ownedActions).toEqual(['cuidado']);
    const result = readForeignSentence('Redujimos las caídas de 12 a 4 al mes.', 'es', CONTEXT);
    expect(result.results).toEqual(['de 12 a 4']);
    expect(result.agent).toBe('we');
  });
});
