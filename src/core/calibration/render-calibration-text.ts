import type { TCaseComparison } from './compare-with-expected.js';
import type { TCalibrationSummary } from './summarize-calibration.js';

function percent(numerator: number, denominator: number): string {
  return denominator === 0 ? '—' : `${Math.round((numerator / denominator) * 100)}%`;
}

function figure(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

function describeCase(comparison: TCaseComparison): string[] {
  const lines: string[] = [];
  const band =
    comparison.acceptable.length > 0 ? `; also acceptable: ${comparison.acceptable.join(', ')}` : '';
  const mark = comparison.isExact ? '✓' : comparison.isWithinBand ? '~' : '✗';
  lines.push(`${mark} ${comparison.name}: ${comparison.actual} (expected ${comparison.expected}${band})`);
  if (!comparison.isExact) {
    for (const reason of comparison.reasons.slice(0, 3)) lines.push(`    why: ${reason}`);
  }
  if (comparison.flagsMissed.length > 0) lines.push(`    flag missed: ${comparison.flagsMissed.join(', ')}`);
  if (comparison.flagsForbiddenRaised.length > 0)
    lines.push(`    flag raised that must not be: ${comparison.flagsForbiddenRaised.join(', ')}`);
  for (const verdict of comparison.verdicts) {
    if (verdict.actual === verdict.expected) continue;
    lines.push(
      `    turn ${verdict.turn}: ${verdict.actual ?? 'missing'} (expected ${verdict.expected}) — ${verdict.reason}`,
    );
  }
  for (const requirement of comparison.requirements) {
    if (requirement.actual === requirement.expected) continue;
    lines.push(
      `    requirement "${requirement.requirement}": ${requirement.actual ?? 'missing'} (expected ${requirement.expected}) — ${requirement.note}`,
    );
  }
  return lines;
}

/**
 * The calibration as text: each case with its disagreements and the report's own reasons first,
 * then the agreement figures (the last lines, so `| tail` shows them).
 */
export function renderCalibrationText(summary: TCalibrationSummary, engine: string): string {
  const lines: string[] = [`Calibration of ${engine} on ${summary.cases} graded interviews`, ''];
  for (const comparison of summary.comparisons) lines.push(...describeCase(comparison));
  lines.push('');
  const width = Math.max(...summary.verdicts.labels.map((label) => label.length), 'expected'.length);
  lines.push(`Answer verdicts, expected (rows) × report (columns):`);
  lines.push(
    `  ${''.padEnd(width)}  ${summary.verdicts.labels.map((label) => label.padStart(width)).join('  ')}`,
  );
  summary.verdicts.labels.forEach((label, row) => {
    lines.push(
      `  ${label.padEnd(width)}  ${summary.verdicts.confusion[row]!.map((count) => String(count).padStart(width)).join('  ')}`,
    );
  });
  lines.push('Red flags (required and raised / forbidden and raised / required and missed):');
  for (const flag of summary.flags) {
    lines.push(
      `  ${flag.kind.padEnd(20)} precision ${figure(flag.precision)}  recall ${figure(flag.recall)}  (${flag.truePositives}/${flag.falsePositives}/${flag.falseNegatives})`,
    );
  }
  const recommendation = summary.recommendation;
  const flagsForbidden = summary.flags.reduce((sum, flag) => sum + flag.falsePositives, 0);
  const flagsMissed = summary.flags.reduce((sum, flag) => sum + flag.falseNegatives, 0);
  lines.push('');
  lines.push(
    `Recommendation: exact ${recommendation.exact}/${summary.cases} (${percent(recommendation.exact, summary.cases)}), within the acceptable band ${recommendation.withinBand}/${summary.cases}, within one level ${recommendation.adjacent}/${summary.cases}`,
  );
  lines.push(`Quadratic-weighted kappa: ${figure(recommendation.quadraticWeightedKappa)}`);
  lines.push(
    `Answer verdicts: exact ${summary.verdicts.exact}/${summary.verdicts.total} (${percent(summary.verdicts.exact, summary.verdicts.total)}), within one step ${summary.verdicts.withinOne}/${summary.verdicts.total} (${percent(summary.verdicts.withinOne, summary.verdicts.total)})`,
  );
  lines.push(`Red flags: ${flagsForbidden} raised that must not be, ${flagsMissed} required and missed`);
  lines.push(
    `Requirements: ${summary.requirements.agreed}/${summary.requirements.total} agree with the key (${percent(summary.requirements.agreed, summary.requirements.total)})`,
  );
  return `${lines.join('\n')}\n`;
}
