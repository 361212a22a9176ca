import type { TRequirement } from '../job.js';
import type { TClaim } from '../resume.js';
import { extractKeywords } from '../text/keywords.js';

export type TClaimMatch = {
  claimId: string;
  requirementId: string;
  /** Shared keywords, each weighted by how rare it is among the requirements (1 / requirements holding it). */
  score: number;
};

/** Folds word forms together for matching: "deploying", "deployed", "deployment" → "deploy". */
export function matchKey(word: string): string {
  let key = word.toLowerCase();
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ing', 'ed', 'es']) {
    if (key.length > suffix.length + 3 && key.endsWith(suffix)) {
      key = key.slice(0, -suffix.length);
      break;
    }
  }
  if (key.length > 4 && key.endsWith('e')) key = key.slice(0, -1);
  return key;
}

export function matchKeys(keywords: readonly string[], text: string): Set<string> {
  const words = keywords.length > 0 ? keywords : extractKeywords(text);
  return new Set(words.map(matchKey));
}

/**
 * Which resume claims speak to which requirements, by shared keywords. Keywords many
 * requirements share ("model", "ai") count for less than rare ones ("deploy", "pytorch").
 */
export function matchClaims(requirements: readonly TRequirement[], claims: readonly TClaim[]): TClaimMatch[] {
  const requirementKeys = requirements.map((requirement) =>
    matchKeys(requirement.keywords, requirement.text),
  );
  const documentFrequency = new Map<string, number>();
  for (const keys of requirementKeys) {
    for (const key of keys) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const matches: TClaimMatch[] = [];
  for (const claim of claims) {
    const claimKeys = matchKeys(claim.keywords, claim.text);
    requirements.forEach((requirement, index) => {
      let score = 0;
      for (const key of requirementKeys[index] ?? []) {
        if (claimKeys.has(key)) score += 1 / (documentFrequency.get(key) ?? 1);
      }
      if (score > 0) matches.push({ claimId: claim.id, requirementId: requirement.id, score });
    });
  }
  return matches;
}
