/**
 * What results look like in a job, read from its own text, for probes that ask for impact: the
 * measurable things the posting names (errors, wait times, quota, grades, incidents …) and the
 * people the work is for (patients, customers, students …). General rules over any posting: a
 * word counts when the posting uses it; nothing is looked up per job family.
 *
 * ### Examples
 * - a nurse posting ("… for a team of 5–6 patients … patient safety …")
 *   → { measures: ['safety'], people: 'patients' }
 * - a sales posting ("… exceed quota … grow revenue … customers")
 *   → { measures: ['quota', 'revenue'], people: 'customers' }
 * - a posting that names neither → { measures: [] }
 */
export type TImpactMeasures = { measures: string[]; people?: string };

/** Things work is measured by, in most trades: a posting that names one is measured by it. */
const MEASURES = [
  'accuracy',
  'attendance',
  'backlog',
  'budget',
  'churn',
  'collections',
  'complaints',
  'conversion',
  'cost',
  'costs',
  'deadlines',
  'defects',
  'downtime',
  'errors',
  'grades',
  'incidents',
  'infections',
  'injuries',
  'latency',
  'margin',
  'outcomes',
  'output',
  'pipeline',
  'productivity',
  'quality',
  'quota',
  'readmissions',
  'renewals',
  'response times',
  'retention',
  'revenue',
  'rework',
  'safety',
  'sales',
  'satisfaction',
  'scores',
  'shrinkage',
  'test scores',
  'throughput',
  'turnaround',
  'uptime',
  'wait times',
  'waste',
];

/** The people work is done for; the one a posting names most is who a result is asked about. */
const PEOPLE = [
  'patients',
  'customers',
  'clients',
  'students',
  'pupils',
  'users',
  'guests',
  'residents',
  'families',
  'members',
  'buyers',
  'accounts',
  'employees',
];

/** At most this many measures are named in a probe. */
const MAX_MEASURES = 3;

function occurrences(text: string, word: string): RegExpMatchArray[] {
  const singular = word.replace(/s$/, '');
  return [...text.matchAll(new RegExp(`\\b${singular}s?\\b`, 'gi'))];
}

/** Words that point at a measure under another name ("administer safely" → safety incidents). */
const MEASURE_CUES: [RegExp, string][] = [
  [/\bsafe(?:ly|ty)?\b/i, 'safety incidents'],
  [/\baccurate(?:ly)?\b/i, 'accuracy'],
  [/\b(?:mistakes?|error-free)\b/i, 'errors'],
  [/\bon[- ]time\b/i, 'deadlines'],
];

export function findImpactMeasures(jobText: string): TImpactMeasures {
  const cued = MEASURE_CUES.map(([pattern, measure]) => ({ measure, at: pattern.exec(jobText)?.index }));
  const found = MEASURES.map((measure) => ({ measure, at: occurrences(jobText, measure)[0]?.index }))
    .concat(cued)
    .filter((entry): entry is { measure: string; at: number } => entry.at !== undefined)
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.measure)
    // "cost" and "costs", "scores" and "test scores": one of each.
    .filter(
      (measure, index, all) =>
        !all.slice(0, index).some((other) => other.includes(measure) || measure.includes(other)),
    )
    .slice(0, MAX_MEASURES);
  let people: string | undefined;
  let most = 0;
  for (const candidate of PEOPLE) {
    const count = occurrences(jobText, candidate).length;
    if (count > most) {
      most = count;
      people = candidate;
    }
  }
  return people === undefined ? { measures: found } : { measures: found, people };
}
