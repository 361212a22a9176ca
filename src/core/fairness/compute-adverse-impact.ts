import {
  CATEGORY_LABELS,
  RACE_ETHNICITY_CATEGORIES,
  SEX_CATEGORIES,
  type TRaceEthnicity,
  type TSex,
} from './self-identification.js';

export const DEFAULT_MIN_GROUP_SIZE = 5;

/** One candidate who answered the self-identification form, and what was decided about them. */
export type TImpactRecord = {
  sex: TSex;
  raceEthnicity: TRaceEthnicity;
  /** The AI recommended them (Strongly Recommend or Recommend); null when not evaluated. */
  aiSelected: boolean | null;
  /** A person's latest decision was to advance them; null when nobody has decided. */
  humanSelected: boolean | null;
};

export type TImpactGroup = {
  /** Category key ("female", "asian", "female|asian" for intersections). */
  category: string;
  label: string;
  /** Candidates in the group with an outcome for this measure. */
  total: number;
  selected: number;
  /** selected / total; null when the group is suppressed. */
  selectionRate: number | null;
  /** This group's rate over the highest rate among the groups shown; null when suppressed. */
  impactRatio: number | null;
  /** The impact ratio is under four fifths. */
  belowFourFifths: boolean;
  /** Fewer candidates than the minimum group size: no rate or ratio is shown. */
  suppressed: boolean;
  /** The group with the highest selection rate, which ratios are taken against. */
  isReference: boolean;
};

export type TImpactTable = {
  measure: 'ai' | 'human';
  dimension: 'sex' | 'race_ethnicity' | 'intersectional';
  groups: TImpactGroup[];
  /** Candidates who declined to give this category (for intersections: either one). */
  declined: number;
};

export type TAdverseImpact = {
  minGroupSize: number;
  /** Everyone who answered the form (declining included). */
  respondents: number;
  tables: TImpactTable[];
};

const DIMENSIONS = ['sex', 'race_ethnicity', 'intersectional'] as const;

function categoriesOf(dimension: TImpactTable['dimension']): { key: string; label: string }[] {
  const sexes = SEX_CATEGORIES.filter((sex) => sex !== 'decline');
  const races = RACE_ETHNICITY_CATEGORIES.filter((race) => race !== 'decline');
  if (dimension === 'sex') return sexes.map((key) => ({ key, label: CATEGORY_LABELS[key] }));
  if (dimension === 'race_ethnicity') return races.map((key) => ({ key, label: CATEGORY_LABELS[key] }));
  return sexes.flatMap((sex) =>
    races.map((race) => ({
      key: `${sex}|${race}`,
      label: `${CATEGORY_LABELS[sex]} · ${CATEGORY_LABELS[race]}`,
    })),
  );
}

function categoryOf(record: TImpactRecord, dimension: TImpactTable['dimension']): string | null {
  if (dimension === 'sex') return record.sex === 'decline' ? null : record.sex;
  if (dimension === 'race_ethnicity') return record.raceEthnicity === 'decline' ? null : record.raceEthnicity;
  return record.sex === 'decline' || record.raceEthnicity === 'decline'
    ? null
    : `${record.sex}|${record.raceEthnicity}`;
}

/**
 * Selection rates and impact ratios by sex, by race/ethnicity and by their intersection, as a
 * bias audit reports them (NYC Local Law 144; the EEOC's four-fifths rule): for the AI's
 * recommendation (Strongly Recommend or Recommend counts as selected) and for people's decisions
 * (advance counts as selected). A group's impact ratio is its selection rate over the highest rate
 * among the groups shown; under 0.8 is marked. Groups with fewer than `minGroupSize` candidates
 * are suppressed (counted, no rate) and never serve as the reference. Candidates who declined a
 * category are counted apart and in no group of it.
 *
 * @example
 *   // 10 women, 6 selected; 10 men, 8 selected → men 0.8 (reference), women 0.6 / 0.8 = 0.75, below four fifths
 */
export function computeAdverseImpact(
  records: readonly TImpactRecord[],
  options: { minGroupSize?: number } = {},
): TAdverseImpact {
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const tables: TImpactTable[] = [];
  for (const measure of ['ai', 'human'] as const) {
    for (const dimension of DIMENSIONS) {
      const outcomes = records.flatMap((record) => {
        const selected = measure === 'ai' ? record.aiSelected : record.humanSelected;
        return selected === null ? [] : [{ category: categoryOf(record, dimension), selected }];
      });
      const groups = categoriesOf(dimension).map(({ key, label }) => {
        const members = outcomes.filter((outcome) => outcome.category === key);
        const selected = members.filter((member) => member.selected).length;
        const suppressed = members.length < minGroupSize;
        return {
          category: key,
          label,
          total: members.length,
          selected,
          selectionRate: suppressed ? null : selected / members.length,
          impactRatio: null as number | null,
          belowFourFifths: false,
          suppressed,
          isReference: false,
        };
      });
      const shown = groups.filter((group) => group.selectionRate !== null);
      const highest = Math.max(0, ...shown.map((group) => group.selectionRate!));
      const reference = shown.find((group) => group.selectionRate === highest);
      for (const group of shown) {
        // With nobody selected in any group there is no rate to compare against.
        group.impactRatio = highest === 0 || !reference ? null : group.selectionRate! / highest;
        // Compared in whole numbers, so a ratio of exactly 4/5 (6/9 against 5/6) is not "below"
        // through rounding: selected·refTotal / (total·refSelected) < 4/5.
        group.belowFourFifths =
          group.impactRatio !== null &&
          reference !== undefined &&
          5 * group.selected * reference.total < 4 * reference.selected * group.total;
        group.isReference = highest > 0 && group === reference;
      }
      tables.push({
        measure,
        dimension,
        groups,
        declined: outcomes.filter((outcome) => outcome.category === null).length,
      });
    }
  }
  return { minGroupSize, respondents: records.length, tables };
}
