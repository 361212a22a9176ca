const UNIT = String.raw`(?:%|x\b|×|k\b|m\b|bn\b|ms\b|s\b|h\b|min\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|million\b|billion\b|thousand\b)`;
const WITH_UNIT = new RegExp(String.raw`(?:[$€£] ?)?(?<![\w.])\d[\d,.]*[ ]?${UNIT}|[$€£] ?\d[\d,.]*`);
const BARE = /(?<![\w.])\d[\d,.]*/;

/**
 * The first measured quantity in an achievement ("45%", "480 ms", "2 days", "$1.2M"), preferring
 * one with a unit over a bare count, or null. Years ("in 2024") are not measurements and are
 * skipped, as are digits inside names ("S3", "tier-1").
 */
export function findMetric(text: string): string | null {
  const withoutYears = text.replace(/\b(?:19|20)\d{2}\b/g, (year) => ' '.repeat(year.length));
  const match = WITH_UNIT.exec(withoutYears) ?? BARE.exec(withoutYears);
  return match ? match[0].trim().replace(/[.,]$/, '') : null;
}
