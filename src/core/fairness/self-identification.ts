import { z } from 'zod';

/**
 * Sex as the EEO-1 report and NYC Local Law 144 bias audits count it, and "decline to answer",
 * which is always offered.
 */
export const SEX_CATEGORIES = ['female', 'male', 'decline'] as const;
export const ZSex = z.enum(SEX_CATEGORIES);
export type TSex = z.infer<typeof ZSex>;

/** Race/ethnicity in the EEO-1 categories, and "decline to answer", which is always offered. */
export const RACE_ETHNICITY_CATEGORIES = [
  'hispanic_or_latino',
  'white',
  'black_or_african_american',
  'native_hawaiian_or_pacific_islander',
  'asian',
  'american_indian_or_alaska_native',
  'two_or_more_races',
  'decline',
] as const;
export const ZRaceEthnicity = z.enum(RACE_ETHNICITY_CATEGORIES);
export type TRaceEthnicity = z.infer<typeof ZRaceEthnicity>;

/** A candidate's voluntary self-identification: given after the interview, never seen by the evaluator. */
export const ZSelfIdentification = z.object({ sex: ZSex, raceEthnicity: ZRaceEthnicity });
export type TSelfIdentification = z.infer<typeof ZSelfIdentification>;

export const CATEGORY_LABELS: Record<TSex | TRaceEthnicity, string> = {
  female: 'Female',
  male: 'Male',
  hispanic_or_latino: 'Hispanic or Latino',
  white: 'White',
  black_or_african_american: 'Black or African American',
  native_hawaiian_or_pacific_islander: 'Native Hawaiian or Other Pacific Islander',
  asian: 'Asian',
  american_indian_or_alaska_native: 'American Indian or Alaska Native',
  two_or_more_races: 'Two or More Races',
  decline: 'Decline to answer',
};
