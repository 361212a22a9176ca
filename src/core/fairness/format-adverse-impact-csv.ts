import type { TAdverseImpact } from './compute-adverse-impact.js';

const MEASURES = { ai: 'AI recommendation', human: 'Human decision' } as const;
const DIMENSIONS = {
  sex: 'Sex',
  race_ethnicity: 'Race/Ethnicity',
  intersectional: 'Sex × Race/Ethnicity',
} as const;

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The impact tables in the layout a bias audit reports (one row per measure, dimension and
 * category): scope, measure, dimension, category, candidates, selected, selection rate, impact
 * ratio, below four fifths, suppressed; then a row per measure and dimension for the candidates
 * who declined to answer. Rates and ratios with four decimals; suppressed groups leave them empty.
 */
export function formatAdverseImpactCsv(impact: TAdverseImpact, scope: string): string {
  const rows: (string | number | null)[][] = [
    [
      'scope',
      'measure',
      'dimension',
      'category',
      'candidates',
      'selected',
      'selection_rate',
      'impact_ratio',
      'below_four_fifths',
      'suppressed',
    ],
  ];
  for (const table of impact.tables) {
    for (const group of table.groups) {
      rows.push([
        scope,
        MEASURES[table.measure],
        DIMENSIONS[table.dimension],
        group.label,
        group.total,
        group.suppressed ? null : group.selected,
        group.selectionRate === null ? null : group.selectionRate.toFixed(4),
        group.impactRatio === null ? null : group.impactRatio.toFixed(4),
        group.suppressed || group.impactRatio === null ? null : group.belowFourFifths ? 'yes' : 'no',
        group.suppressed ? `yes (under ${impact.minGroupSize})` : 'no',
      ]);
    }
    rows.push([
      scope,
      MEASURES[table.measure],
      DIMENSIONS[table.dimension],
      'Unknown (declined to answer)',
      table.declined,
      null,
      null,
      null,
      null,
      'not rated',
    ]);
  }
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
