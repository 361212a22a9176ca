import type { TRequirement } from '../job.js';
import { extractKeywords } from '../text/keywords.js';
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
  const byId = new Map<string, string[]>();
  const mapped: string[][] = [];
  let lastRoot: string[] = [];
  for (const turn of turns) {
    let ids: string[];
    if (turn.requirementIds.length > 0) {
      ids = [...turn.requirementIds];
    } else {
      const questionKeywords = new Set(extractKeywords(turn.question));
      ids = requirements
        .filter((requirement) => {
          const shared = requirement.keywords.filter((word) => questionKeywords.has(word));
          const specific = shared.filter((word) => !GENERIC_KEYWORDS.has(word));
          return specific.length >= 2 || (specific.length >= 1 && shared.length >= 3);
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
