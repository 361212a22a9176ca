import nlp from 'compromise';
import type { TRequirement } from '../job.js';

/** Lemmas that say nothing about what a requirement asks for. */
const FILLER = new Set(
  `a an and the of in on with for to or as at by from our your you we experience experienced year yr
  strong deep solid good proven demonstrated hands-on relevant professional working knowledge skill
  proficiency proficient ability able plus preferred required must have has least minimum more over than
  total overall some`.split(/\s+/),
);

/**
 * Lemmas that name doing work in general ("building", "development", "working"): two requirements
 * for the same years of the same thing ("5+ years of backend development", "at least five years
 * building backend services") differ in them and nothing else.
 */
const ACTIVITY = new Set(
  'build building develop development work engineer engineering do use using'.split(' '),
);

/** Of two years-of-experience requirements, at least this share of their distinct lemmas is shared. */
const SAME_YEARS_OVERLAP = 0.5;

type TTerm = { text: string; normal?: string; root?: string; tags?: string[] };

/**
 * A word's lemma: verbs and common nouns by their root ("deploying" → deploy, "services" →
 * service); names as written ("Kubernetes", "EKS", a skills-list item on its own), since a
 * tagger's singular of a name ("kubernete") is no word.
 */
function lemmaOf(term: TTerm, index: number, count: number): string {
  const normal = (term.normal ?? term.text).toLowerCase();
  const tags = term.tags ?? [];
  const isName =
    tags.includes('ProperNoun') ||
    tags.includes('Acronym') ||
    /\p{Lu}/u.test(term.text.slice(1)) ||
    (/^\p{Lu}/u.test(term.text) && (index > 0 || count === 1) && !tags.includes('Verb'));
  return isName ? normal : (term.root ?? normal).toLowerCase();
}

/** The requirement's text with numbers as digits ("five" → 5), and its content lemmas. */
function readRequirement(text: string): { normalised: string; lemmas: Set<string> } {
  const doc = nlp(text);
  doc.numbers().toNumber();
  doc.compute('root');
  const normalised = doc.text();
  const terms = (doc.json() as { terms: TTerm[] }[]).flatMap((part) => part.terms);
  const lemmas = terms
    .map((term, index) => lemmaOf(term, index, terms.length).replace(/^[.-]+|[.,;:-]+$/g, ''))
    .filter((lemma) => lemma.length > 0 && !FILLER.has(lemma));
  // A number of years is compared on its own (yearsOf); any other number tells items apart.
  const years = yearsOf(normalised);
  return {
    normalised,
    lemmas: new Set(
      lemmas.filter((lemma) => years === undefined || lemma.replace(/\+$/, '') !== String(years)),
    ),
  };
}

function yearsOf(text: string): number | undefined {
  const match = /\b(\d+)\s*\+?\s*(?:or\s+more\s+)?(?:years?|yrs)\b/i.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function overlap(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): number {
  const a = [...mine].filter((lemma) => !ACTIVITY.has(lemma));
  const b = new Set([...theirs].filter((lemma) => !ACTIVITY.has(lemma)));
  if (a.length === 0 || b.size === 0) return a.length === b.size ? 1 : 0;
  const shared = a.filter((lemma) => b.has(lemma)).length;
  return shared / new Set([...a, ...b]).size;
}

/**
 * Merges requirements that ask for the same thing twice, keeping the more specific wording (and
 * its priority): a skills-list term inside a fuller requirement ("Go" beside "Go programming" as a
 * nice-to-have), a generic "5+ years of experience" beside "5+ years operating production
 * systems", an item whose content lemmas another item all contains ("administering medications"
 * beside "Administer medications safely"), and the same years of the same thing reworded ("5+
 * years of backend development", "at least five years building backend services"). Words are
 * compared as lemmas (compromise), numbers as digits. Ids are renumbered R1, R2, … in order.
 *
 * ### Examples
 * - ["Kubernetes", "Deep Kubernetes experience"] → ["Deep Kubernetes experience"]
 * - ["5+ years of experience", "5+ years operating production systems"] → the second
 * - ["5+ years of backend development", "At least five years building backend services"] → the second
 * - ["Python", "Python and Django"] → the second
 * - ["Python", "Go"], ["RN license", "BLS certification"] → both
 */
export function mergeNearDuplicates(requirements: readonly TRequirement[]): TRequirement[] {
  const read = requirements.map((requirement) => readRequirement(requirement.text));
  const keys = read.map((reading) => reading.lemmas);
  const years = read.map((reading) => yearsOf(reading.normalised));
  const dropped = new Set<number>();
  requirements.forEach((_, index) => {
    const mine = keys[index] ?? new Set<string>();
    const coveredBy = requirements.findIndex((_other, otherIndex) => {
      if (otherIndex === index || dropped.has(otherIndex)) return false;
      const theirs = keys[otherIndex] ?? new Set<string>();
      if (mine.size === 0) {
        // Only filler and a number of years: the same years asked for in a fuller requirement.
        return years[index] !== undefined && years[index] === years[otherIndex] && theirs.size > 0;
      }
      // Of two that name as much, the one worded more fully stays (the first, when they are as long).
      const mineLength = requirements[index]?.text.length ?? 0;
      const theirLength = requirements[otherIndex]?.text.length ?? 0;
      const staysBeforeThem = mineLength > theirLength || (mineLength === theirLength && otherIndex > index);
      if (mine.size > theirs.size || (mine.size === theirs.size && staysBeforeThem)) return false;
      if (years[index] !== undefined && years[otherIndex] !== years[index]) return false;
      if ([...mine].every((key) => theirs.has(key))) return true;
      // The same years of the same thing, reworded: most of what each names is shared.
      return years[index] !== undefined && overlap(mine, theirs) >= SAME_YEARS_OVERLAP;
    });
    if (coveredBy !== -1) dropped.add(index);
  });
  return requirements
    .filter((_, index) => !dropped.has(index))
    .map((requirement, index) => ({ ...requirement, id: `R${index + 1}` }));
}
