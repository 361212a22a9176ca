import type { TPersona } from './swap-candidate-name.js';

/**
 * Names across origins and genders, with the pronouns each gives, for counterfactual runs: the
 * same interview under each name should be judged the same.
 */
export const PERSONAS: readonly TPersona[] = [
  { first: 'Aisha', last: 'Bello', pronouns: 'she/her' },
  { first: 'Wei', last: 'Zhang', pronouns: 'he/him' },
  { first: 'Lucía', last: 'Hernández', pronouns: 'she/her' },
  { first: 'Jamal', last: 'Washington', pronouns: 'he/him' },
  { first: 'Priya', last: 'Raghunathan', pronouns: 'she/her' },
  { first: 'Sam', last: 'Kowalski', pronouns: 'they/them' },
  { first: 'Mohammed', last: 'Al-Farsi', pronouns: 'he/him' },
  { first: 'Emily', last: 'Walsh', pronouns: 'she/her' },
];
