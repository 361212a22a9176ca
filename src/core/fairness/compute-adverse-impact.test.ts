import { describe, expect, it } from 'vitest';
import { computeAdverseImpact, type TImpactRecord } from './compute-adverse-impact.js';
import { formatAdverseImpactCsv } from './format-adverse-impact-csv.js';
import type { TRaceEthnicity, TSex } from './self-identification.js';

/** `count` candidates of one group, the first `aiSelected` recommended and the first `humanSelected` advanced. */
function group(
  sex: TSex,
  raceEthnicity: TRaceEthnicity,
  count: number,
  aiSelected: number,
  humanSelected: number,
): TImpactRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    sex,
    raceEthnicity,
    aiSelected: index < aiSelected,
    humanSelected: index < humanSelected,
  }));
}

/**
 * A synthetic set with known ratios. AI: women 12/20 = 0.6, men 16/20 = 0.8 → women 0.75 (under
 * four fifths). Humans: women 10/20 = 0.5, men 10/20 = 0.5 → 1.0 each. By race: White 16/20 = 0.8,
 * Asian 12/20 = 0.6 (0.75), Black 3 candidates (suppressed; they declined to give their sex), declined
 * both 4.
 */
const RECORDS: TImpactRecord[] = [
  ...group('female', 'white', 10, 8, 5),
  ...group('female', 'asian', 10, 4, 5),
  ...group('male', 'white', 10, 8, 5),
  ...group('male', 'asian', 10, 8, 5),
  ...group('decline', 'black_or_african_american', 3, 1, 3),
  ...group('decline', 'decline', 4, 2, 2),
  { sex: 'female', raceEthnicity: 'white', aiSelected: null, humanSelected: null },
];

describe('computeAdverseImpact', () => {
  const impact = computeAdverseImpact(RECORDS);
  const table = (measure: 'ai' | 'human', dimension: 'sex' | 'race_ethnicity' | 'intersectional') =>
    impact.tables.find((t) => t.measure === measure && t.dimension === dimension)!;
  const row = (
    measure: 'ai' | 'human',
    dimension: 'sex' | 'race_ethnicity' | 'intersectional',
    category: string,
  ) => table(measure, dimension).groups.find((g) => g.category === category)!;

  it('gives selection rates and impact ratios against the highest-rate group, marking four fifths', () => {
    expect(row('ai', 'sex', 'male')).toMatchObject({
      total: 20,
      selected: 16,
      isReference: true,
      impactRatio: 1,
    });
    expect(row('ai', 'sex', 'female')).toMatchObject({ total: 20, selected: 12, selectionRate: 0.6 });
    expect(row('ai', 'sex', 'female').impactRatio).toBeCloseTo(0.75, 10);
    expect(row('ai', 'sex', 'female').belowFourFifths).toBe(true);
    expect(row('ai', 'race_ethnicity', 'white')).toMatchObject({
      selectionRate: 0.8,
      impactRatio: 1,
      isReference: true,
    });
    expect(row('ai', 'race_ethnicity', 'asian').impactRatio).toBeCloseTo(0.75, 10);
    expect(row('ai', 'race_ethnicity', 'asian').belowFourFifths).toBe(true);
  });

  it('measures people’s decisions apart from the AI', () => {
    expect(row('human', 'race_ethnicity', 'white')).toMatchObject({ selectionRate: 0.5, impactRatio: 1 });
    expect(row('human', 'race_ethnicity', 'asian')).toMatchObject({
      selectionRate: 0.5,
      impactRatio: 1,
      belowFourFifths: false,
    });
    expect(row('human', 'intersectional', 'female|asian')).toMatchObject({
      total: 10,
      selected: 5,
      impactRatio: 1,
    });
  });

  it('suppresses groups under the minimum size and never takes them as the reference', () => {
    // 3 Black candidates, 3/3 advanced: the highest rate, but too few to show or compare against.
    expect(row('human', 'race_ethnicity', 'black_or_african_american')).toMatchObject({
      total: 3,
      suppressed: true,
      selectionRate: null,
      impactRatio: null,
      isReference: false,
    });
    expect(row('ai', 'intersectional', 'female|hispanic_or_latino')).toMatchObject({
      total: 0,
      suppressed: true,
    });
    const larger = computeAdverseImpact(RECORDS, { minGroupSize: 11 });
    expect(larger.tables[0]!.groups.every((g) => g.suppressed === g.total < 11)).toBe(true);
    expect(
      computeAdverseImpact(RECORDS, { minGroupSize: 3 }).tables[4]!.groups.find(
        (g) => g.category === 'black_or_african_american',
      ),
    ).toMatchObject({ suppressed: false, selectionRate: 1, isReference: true });
  });

  it('does not call a ratio of exactly four fifths below it, whatever floating point says', () => {
    // 6/9 against 5/6 is exactly 0.8; as floating point it is 0.7999….
    const exact = computeAdverseImpact([
      ...group('female', 'white', 9, 6, 0),
      ...group('male', 'white', 6, 5, 0),
    ]);
    const women = exact.tables[0]!.groups.find((g) => g.category === 'female')!;
    expect(women.impactRatio).toBeCloseTo(0.8, 10);
    expect(women.belowFourFifths).toBe(false);
    const below = computeAdverseImpact([
      ...group('female', 'white', 11, 7, 0),
      ...group('male', 'white', 5, 4, 0),
    ]);
    expect(below.tables[0]!.groups.find((g) => g.category === 'female')!.belowFourFifths).toBe(true);
  });

  it('counts those who declined apart, and leaves candidates without an outcome out', () => {
    expect(table('ai', 'sex').declined).toBe(7);
    expect(table('ai', 'race_ethnicity').declined).toBe(4);
    expect(table('ai', 'intersectional').declined).toBe(7);
    expect(impact.respondents).toBe(48);
    expect(row('ai', 'race_ethnicity', 'white').total).toBe(20);
  });

  it('writes the bias-audit CSV with rates, ratios, the four-fifths mark and suppression', () => {
    const csv = formatAdverseImpactCsv(impact, 'All jobs');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'scope,measure,dimension,category,candidates,selected,selection_rate,impact_ratio,below_four_fifths,suppressed',
    );
    expect(lines).toContain('All jobs,AI recommendation,Race/Ethnicity,Asian,20,12,0.6000,0.7500,yes,no');
    expect(lines).toContain('All jobs,AI recommendation,Race/Ethnicity,White,20,16,0.8000,1.0000,no,no');
    expect(lines).toContain(
      'All jobs,Human decision,Race/Ethnicity,Black or African American,3,,,,,yes (under 5)',
    );
    expect(lines).toContain('All jobs,AI recommendation,Sex,Unknown (declined to answer),7,,,,,not rated');
    expect(formatAdverseImpactCsv(impact, 'Nurse, nights')).toContain('"Nurse, nights",AI recommendation');
  });
});
