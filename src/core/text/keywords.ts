/**
 * Content words for matching a requirement, a resume claim and an answer to each other.
 * Deliberately simple and deterministic: lower case, stopwords dropped, light stemming,
 * a few aliases folded so "NLP" matches "natural language processing".
 */

const STOPWORDS = new Set(
  `a about above across after again against all also am an and any are as at be been before being below
  between both but by can could did do does doing done during each either else etc even ever every few for
  from further had has have having he her here hers him his how i if in into is it its itself just like may
  me might more most much must my no nor not now of off on once one only or other our ours out over own
  per please same she should so some such than that the their theirs them then there these they this those
  through to too under until up upon us very via was we were what when where which while who whom why will
  with within without would yes you your yours well able strong good great deep solid proven excellent
  advanced experience experienced experiences knowledge understanding familiarity familiar ability skills
  skill proficiency proficient background work working worked year years including include includes using
  use used new plus least preferred required requirement requirements responsibilities qualifications
  nice have has role team teams candidate candidates job position looking want based related relevant
  environments environment etc e.g i.e things thing way ways lot lots really get got make made`.split(/\s+/),
);

/** Multi-word terms and spellings that also count as one keyword (added beside the original words). */
const ALIASES: ReadonlyArray<[RegExp, string]> = [
  [/\bnatural language processing\b/g, ' nlp '],
  [/\blarge language models?\b/g, ' llm '],
  [/\bmachine learning\b/g, ' ml '],
  [/\bdeep learning\b/g, ' deeplearning '],
  [/\bgenerative ai\b|\bgen ?ai\b/g, ' genai '],
  [/\bgenerative adversarial networks?\b/g, ' gan '],
  [/\bvariational auto-?encoders?\b/g, ' vae '],
  [/\bk8s\b/g, ' kubernetes '],
  [/\binfrastructure[- ]as[- ]code\b/g, ' iac '],
  [/\bci ?\/ ?cd\b/g, ' cicd '],
  [/\bnode\.js\b/g, ' nodejs '],
  [/\bc\+\+/g, ' cpp '],
  [/\bc#/g, ' csharp '],
  [/\bpostgres(?:ql)?\b/g, ' postgresql '],
  [/\bgolang\b/g, ' go '],
];

/** Short words that are still content (technologies, languages). */
const SHORT_TERMS = new Set([
  'ai',
  'ml',
  'go',
  'r',
  'c',
  'qa',
  'ux',
  'ui',
  'bi',
  'ci',
  'cd',
  'js',
  'ts',
  'db',
  'os',
]);

const SUFFIXES: ReadonlyArray<[string, string]> = [
  ['ization', 'iz'],
  ['isation', 'iz'],
  ['ational', 'at'],
  ['ation', 'at'],
  ['ment', ''],
  ['ing', ''],
  ['ed', ''],
];

/** A light suffix stripper: "deployment", "deploying", "deployed" and "deploys" all become "deploy". */
export function stem(word: string): string {
  let result = word;
  if (result.length > 4 && result.endsWith('ies')) result = `${result.slice(0, -3)}y`;
  else if (
    result.length > 3 &&
    result.endsWith('s') &&
    !result.endsWith('ss') &&
    !result.endsWith('us') &&
    !result.endsWith('is')
  ) {
    result = result.slice(0, -1);
  }
  for (const [suffix, replacement] of SUFFIXES) {
    if (result.endsWith(suffix) && result.length - suffix.length >= 4) {
      result = result.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (result.length > 4 && result.endsWith('e')) result = result.slice(0, -1);
  return result;
}

/** Lower-cased, deduplicated content words of `text`, in order of first appearance. */
export function extractKeywords(text: string): string[] {
  let normalised = ` ${text.toLowerCase()} `;
  for (const [pattern, alias] of ALIASES)
    normalised = normalised.replace(pattern, (match) => `${match} ${alias}`);
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const raw of normalised.split(/[^a-z0-9+#.]+/)) {
    const word = raw.replace(/^\.+|\.+$/g, '');
    if (word.length === 0) continue;
    if (STOPWORDS.has(word)) continue;
    // Short words are noise, except known terms and tokens such as "s3" or "c4".
    if (word.length < 3 && !SHORT_TERMS.has(word) && !/^(?=.*\d)(?=.*[a-z])/.test(word)) continue;
    if (/^\d+(\.\d+)?$/.test(word)) continue;
    const stemmed = stem(word);
    if (STOPWORDS.has(stemmed) || seen.has(stemmed)) continue;
    seen.add(stemmed);
    keywords.push(stemmed);
  }
  return keywords;
}

/** Share of `wanted` keywords found in `have` (0 when nothing is wanted). */
export function keywordOverlap(wanted: readonly string[], have: readonly string[]): number {
  if (wanted.length === 0) return 0;
  const haveSet = new Set(have);
  let hits = 0;
  for (const word of wanted) if (haveSet.has(word)) hits++;
  return hits / wanted.length;
}
