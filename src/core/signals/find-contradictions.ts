import { contentLemmas } from '../reading/read-answer.js';
import type { TResume } from '../resume.js';
import { findTechnologies } from '../text/find-technologies.js';
import { splitSentences } from '../text/split-sentences.js';
import type { TTurn } from '../transcript.js';
import type { TAnswerSignals, TContradiction } from './signals.js';

const YEARS_IN_ANSWER =
  /\b(?:i\s+have|i've|ive|i\s+had|with|about|around|only|just)\s+(?:about\s+|around\s+|only\s+|just\s+)?(\d{1,2}|one|two|three|four|five|six)\s*\+?\s*years?\b/i;
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Words too general to carry a contradiction on their own ("I never did that work" vs "the work I did"). */
const GENERAL_NOUNS = new Set(
  `work thing things time way people team company job role project part lot bit one day week month year
  place side case stuff kind sort number numbers question answer point example experience everyone someone`.split(
    /\s+/,
  ),
);

function isSpecific(term: string): boolean {
  return term.length >= 3 && !GENERAL_NOUNS.has(term) && !/^\d+$/.test(term);
}

/**
 * Where the candidate contradicts the resume or themselves, each with both sides quoted:
 * - the resume claims more years of experience than the candidate speaks of;
 * - a tool or topic the resume claims is denied in an answer ("never used it");
 * - an achievement the resume claims is disowned ("I wasn't the AE on that one", "That was Dave's deal");
 * - one answer says the candidate did something and another that they never did ("I own those on my
 *   projects" … "I've never done a formal stack-up myself").
 * An honest "I haven't" about something the resume never claimed is no contradiction: it is a gap.
 */
export function findContradictions(
  turns: readonly TTurn[],
  resume: TResume,
  answers: readonly TAnswerSignals[],
): TContradiction[] {
  const contradictions: TContradiction[] = [];
  const yearsClaim = resume.claims.find((claim) => claim.kind === 'experience_years');
  const claimedYears = typeof yearsClaim?.details.years === 'number' ? yearsClaim.details.years : null;
  const claims = resume.claims
    .filter((claim) => claim.kind === 'skill' || claim.kind === 'role' || claim.kind === 'achievement')
    .map((claim) => ({
      claim,
      lemmas: new Set(contentLemmas(claim.text).filter(isSpecific)),
      tools: findTechnologies(claim.text).map((tool) => tool.toLowerCase()),
    }));

  turns.forEach((turn, index) => {
    const signals = answers[index];
    if (!signals || turn.type === 'Closing') return;
    for (const sentence of splitSentences(turn.answer, { breakLines: true, lowerCaseStarts: true })) {
      const years = YEARS_IN_ANSWER.exec(sentence.text);
      if (years && yearsClaim && claimedYears !== null) {
        const spoken = WORD_NUMBERS[years[1]!.toLowerCase()] ?? Number(years[1]);
        if (spoken + 1 < claimedYears && /experience|working|worked|been/i.test(sentence.text)) {
          contradictions.push({
            kind: 'resume',
            description: `The resume claims ${claimedYears}+ years of experience; in turn ${index + 1} the candidate speaks of ${spoken}.`,
            evidence: [
              { source: 'resume', text: yearsClaim.text },
              { source: 'transcript', turn: index + 1, text: sentence.text },
            ],
          });
        }
      }
    }
    // A denial of something the resume claims: the tool, or two of the claim's own specific words.
    const denials = new Map<string, string[]>();
    for (const { term, sentence } of signals.deniedTerms)
      denials.set(sentence, [...(denials.get(sentence) ?? []), term]);
    for (const [sentence, terms] of denials) {
      const deniedTools = findTechnologies(terms.join(' ')).map((tool) => tool.toLowerCase());
      const match = claims.find(
        ({ lemmas, tools }) =>
          deniedTools.some((tool) => tools.includes(tool)) ||
          terms.filter((term) => lemmas.has(term)).length >= 2,
      );
      if (!match) continue;
      contradictions.push({
        kind: 'resume',
        description: `The resume claims "${match.claim.text}"; in turn ${index + 1} the candidate says they have not done it.`,
        evidence: [
          { source: 'resume', text: match.claim.text },
          { source: 'transcript', turn: index + 1, text: sentence },
        ],
      });
    }
    // A disowned achievement: the disowning sentence, or the question it answers, names the claim.
    for (const sentence of signals.disowning) {
      const words = new Set([...contentLemmas(sentence), ...contentLemmas(turn.question)].filter(isSpecific));
      const match = claims
        .map((entry) => ({ ...entry, shared: [...entry.lemmas].filter((lemma) => words.has(lemma)).length }))
        .filter((entry) => entry.shared >= 2)
        .sort((a, b) => b.shared - a.shared)[0];
      if (!match) continue;
      contradictions.push({
        kind: 'resume',
        description: `The resume claims "${match.claim.text}"; in turn ${index + 1} the candidate says the work was not theirs.`,
        evidence: [
          { source: 'resume', text: match.claim.text },
          { source: 'transcript', turn: index + 1, text: sentence },
        ],
      });
    }
  });

  // Two answers that contradict each other: done in one, never done in another.
  const seen = new Set<string>();
  answers.forEach((later, laterIndex) => {
    for (const denied of later.deniedTerms) {
      if (!isSpecific(denied.term)) continue;
      answers.forEach((earlier, earlierIndex) => {
        if (earlierIndex === laterIndex) return;
        const owned = earlier.ownedTerms.find((entry) => entry.term === denied.term);
        if (!owned) return;
        const key = `${Math.min(earlierIndex, laterIndex)}-${Math.max(earlierIndex, laterIndex)}`;
        if (seen.has(key)) return;
        seen.add(key);
        const [first, second] =
          earlierIndex < laterIndex
            ? [
                { turn: earlierIndex + 1, text: owned.sentence },
                { turn: laterIndex + 1, text: denied.sentence },
              ]
            : [
                { turn: laterIndex + 1, text: denied.sentence },
                { turn: earlierIndex + 1, text: owned.sentence },
              ];
        contradictions.push({
          kind: 'interview',
          description: `In turn ${earlierIndex + 1} the candidate says they did it ("${denied.term}"); in turn ${laterIndex + 1} that they have not.`,
          evidence: [
            { source: 'transcript', ...first },
            { source: 'transcript', ...second },
          ],
        });
      });
    }
  });
  return contradictions;
}
