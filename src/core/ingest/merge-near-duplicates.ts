import type { TRequirement } from '../job.js';

/** Words that say nothing about what a requirement asks for. */
const FILLER = new Set(
  `a an and the of in on with for to or as at by from our your you we experience experienced years year yrs
  strong deep solid good proven demonstrated hands-on relevant professional working knowledge skills skill
  proficiency proficient ability able plus preferred required must have has`.split(/\s+/),
);

function contentKeys(text: string): Set<string> {
  // A number of years is compared on its own (yearsOf); any other number tells items apart.
  const words = text
    .toLowerCase()
    .replace(/\b\d+\s*\+?\s*(?:years?|yrs)\b/g, ' ')
    .replace(/[^\p{L}\p{N}+#.-]+/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((word) => word.length > 0 && !FILLER.has(word));
  return new Set(words.map((word) => (word.length > 3 ? word.replace(/(?:ies|es|s)$/, '') : word)));
}

function yearsOf(text: string): number | undefined {
  const match = /\b(\d+)\s*\+?\s*(?:years?|yrs)\b/i.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Merges requirements that ask for the same thing twice, keeping the more specific wording (and
 * its priority): a skills-list term inside a fuller requirement ("Go" beside "Go programming" as a
 * nice-to-have), a generic "5+ years of experience" beside "5+ years operating production
 * systems", an item whose words another item all contains. Ids are renumbered R1, R2, … in order.
 *
 * ### Examples
 * - ["Kubernetes", "Deep Kubernetes experience"] → ["Deep Kubernetes experience"]
 * - ["5+ years of experience", "5+ years operating production systems"] → the second
 * - ["Python", "Go"] → both
 */
export function mergeNearDuplicates(requirements: readonly TRequirement[]): TRequirement[] {
  const keys = requirements.map((requirement) => contentKeys(requirement.text));
  const years = requirements.map((requirement) => yearsOf(requirement.text));
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
      if (mine.size > theirs.size || (mine.size === theirs.size && otherIndex > index)) return false;
      if (years[index] !== undefined && years[otherIndex] !== years[index]) return false;
      return [...mine].every((key) => theirs.has(key));
    });
    if (coveredBy !== -1) dropped.add(index);
  });
  return requirements
    .filter((_, index) => !dropped.has(index))
    .map((requirement, index) => ({ ...requirement, id: `R${index + 1}` }));
}
