import type { TResume } from '../resume.js';
import { findTechnologies } from '../text/find-technologies.js';
import { splitSentences } from '../text/split-sentences.js';
import type { TTurn } from '../transcript.js';
import type { TContradiction } from './signals.js';

const YEARS_IN_ANSWER =
  /\b(?:i\s+have|i've|ive|i\s+had|with|about|around|only|just)\s+(?:about\s+|around\s+|only\s+|just\s+)?(\d{1,2}|one|two|three|four|five|six)\s*\+?\s*years?\b/i;
const NEVER_USED =
  /\b(?:never\s+(?:used|worked\s+with|touched|tried)|(?:have\s*n[o']?t|havent|haven't|did\s*n[o']?t|didnt|didn't)\s+(?:ever\s+)?(?:used|worked\s+with|touched)|no\s+experience\s+(?:with|in)|not\s+familiar\s+with)\b/i;

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * What the candidate said that contradicts the resume: fewer years of experience than claimed,
 * or never having used a tool the resume lists.
 */
export function findContradictions(turns: readonly TTurn[], resume: TResume): TContradiction[] {
  const contradictions: TContradiction[] = [];
  const yearsClaim = resume.claims.find((claim) => claim.kind === 'experience_years');
  const claimedYears = typeof yearsClaim?.details.years === 'number' ? yearsClaim.details.years : null;

  turns.forEach((turn, index) => {
    for (const sentence of splitSentences(turn.answer, { breakLines: true })) {
      const years = YEARS_IN_ANSWER.exec(sentence.text);
      if (years && yearsClaim && claimedYears !== null) {
        const spoken = WORD_NUMBERS[years[1]!.toLowerCase()] ?? Number(years[1]);
        if (spoken + 1 < claimedYears && /experience|working|worked|been/i.test(sentence.text)) {
          contradictions.push({
            description: `The resume claims ${claimedYears}+ years of experience; in turn ${index + 1} the candidate speaks of ${spoken}.`,
            evidence: [
              { source: 'resume', text: yearsClaim.text },
              { source: 'transcript', turn: index + 1, text: sentence.text },
            ],
          });
        }
      }
      if (NEVER_USED.test(sentence.text)) {
        const denied = findTechnologies(sentence.text);
        for (const claim of resume.claims) {
          if (claim.kind !== 'skill' && claim.kind !== 'role' && claim.kind !== 'achievement') continue;
          const claimed = findTechnologies(claim.text).map((tool) => tool.toLowerCase());
          const shared = denied.filter((tool) => claimed.includes(tool.toLowerCase()));
          if (shared.length === 0) continue;
          contradictions.push({
            description: `The resume lists ${shared.join(', ')}; in turn ${index + 1} the candidate says they have not used it.`,
            evidence: [
              { source: 'resume', text: claim.text },
              { source: 'transcript', turn: index + 1, text: sentence.text },
            ],
          });
          break;
        }
      }
    }
  });
  return contradictions;
}
