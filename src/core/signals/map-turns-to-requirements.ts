import type { TRequirement } from '../job.js';
import { contentLemmas } from '../reading/read-answer.js';
import type { TTurn } from '../transcript.js';

/** Words too common in job talk to tie a question to one requirement on their own. */
export const GENERIC_KEYWORDS = new Set([
  'ai',
  'model',
  'system',
  'data',
  'application',
  'product',
  'service',
  'tool',
  'solution',
  'technique',
  'approach',
  'develop',
  'build',
  'design',
  'implement',
  'production',
  'task',
  'project',
  'process',
  'performance',
  'quality',
  'specific',
  'example',
  'describe',
  'tell',
  'time',
  'general',
  'strateg',
  'elaborat',
  'impact',
]);

/** Lemmas too common in job talk to tie a question to a requirement. */
const GENERIC_LEMMAS = new Set(
  `experience ability knowledge understanding skill work working year team role use using strong good
  solid proven excellent able familiarity proficiency tell describe walk example time specific way
  have do make get take give need want like`.split(/\s+/),
);

/**
 * Which requirements each turn tests. A turn that names its requirements (Candor's own
 * transcripts) keeps them; otherwise a question is matched to requirements sharing at least two
 * specific keywords with it, and a follow-up inherits the requirements of the question it probes
 * (matching its own words only when that question was tied to none).
 */
export function mapTurnsToRequirements(
  turns: readonly TTurn[],
  requirements: readonly TRequirement[],
): string[][] {
  // Lemmas, so that "Have you taught any A-level?" meets "Experience teaching A-level Mathematics".
  // A lemma most requirements share ("experience") ties a question to none of them.
  const requirementLemmas = requirements.map(
    (requirement) => new Set(contentLemmas(requirement.text).filter((lemma) => !GENERIC_LEMMAS.has(lemma))),
  );
  const frequency = new Map<string, number>();
  for (const lemmas of requirementLemmas)
    for (const lemma of lemmas) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
  const byId = new Map<string, string[]>();
  const mapped: string[][] = [];
  let lastRoot: string[] = [];
  for (const turn of turns) {
    let ids: string[];
    if (turn.requirementIds.length > 0) {
      ids = [...turn.requirementIds];
    } else {
      const questionLemmas = new Set(contentLemmas(turn.question));
      ids = requirements
        .filter((_, index) => {
          const shared = [...requirementLemmas[index]!].filter((lemma) => questionLemmas.has(lemma));
          const distinctive = shared.filter((lemma) => (frequency.get(lemma) ?? 0) <= 2 && lemma.length >= 3);
          return shared.length >= 2 || distinctive.length >= 1;
        })
        .map((requirement) => requirement.id);
      if (turn.type === 'Follow-up') {
        // A probe tests what its question tested, even when it broadens the wording.
        const parent = (turn.followUpOf ? byId.get(turn.followUpOf) : undefined) ?? lastRoot;
        if (parent.length > 0) ids = [...parent];
      }
    }
    if (turn.type !== 'Follow-up') lastRoot = ids;
    byId.set(turn.id, ids);
    mapped.push(ids);
  }
  return mapped;
}
