import type {
  TEvaluation,
  TQuote,
  TRecommendation,
  TRedFlag,
  TRedFlagKind,
  TRequirementAssessment,
  TRequirementStatus,
  TVerdict,
} from '../evaluation.js';
import type { TRequirementPriority } from '../job.js';

/**
 * The words every renderer shares, so the Markdown, HTML and any later format read the same.
 * Everything here is plain text; each renderer escapes it for its own format.
 */

export const REPORT_TITLE = 'Candidate Evaluation Report';

/** The seed report's seven sections, in order, then the appendices. */
export const SECTION_HEADINGS = {
  summary: '1. Overall Summary',
  alignment: '2. Alignment with Job Requirements',
  technical: '3. Technical and Project-Specific Skills Evaluation',
  communication: '4. Communication Skills',
  redFlags: '5. Potential Red Flags',
  answers: '6. Analysing the Questions and Answers',
  recommendation: '7. Final Recommendation and Justification',
  evidenceMatrix: 'Appendix: Evidence Matrix',
  notes: 'Appendix: Notes',
} as const;

export const ALIGNMENT_HEADINGS = { strengths: 'Strengths', gaps: 'Weaknesses / Gaps' } as const;

export const RED_FLAG_KIND_LABELS: Record<TRedFlagKind, string> = {
  resume_discrepancy: 'Resume discrepancy',
  evasive: 'Evasive answers',
  assisted_answers: 'Possibly assisted answers',
  manipulation_attempt: 'Manipulation attempt',
  inconsistency: 'Inconsistent answers',
};

export const SEVERITY_LABELS: Record<TRedFlag['severity'], string> = {
  high: 'High severity',
  medium: 'Medium severity',
  low: 'Low severity',
};

export const VERDICT_LABELS: Record<TVerdict, string> = {
  non_answer: 'Non-answer',
  weak: 'Weak',
  adequate: 'Adequate',
  strong: 'Strong',
};

export const STATUS_LABELS: Record<TRequirementStatus, string> = {
  met: 'Met',
  partial: 'Partial',
  gap: 'Gap',
  unverified: 'Unverified',
};

/** What each status means, from the report model; shown as the matrix legend. */
export const STATUS_DESCRIPTIONS: Record<TRequirementStatus, string> = {
  met: 'the interview demonstrated it.',
  partial: 'the interview gave some evidence, not enough.',
  gap: 'neither the resume nor the interview shows it, or the interview contradicted the resume.',
  unverified: 'the resume claims it; the interview did not test it.',
};

export const STATUS_ORDER: readonly TRequirementStatus[] = ['met', 'partial', 'unverified', 'gap'];

export const PRIORITY_LABELS: Record<TRequirementPriority, string> = {
  must: 'must-have',
  nice: 'nice-to-have',
};

export const RED_FLAGS_PREFACE =
  'Red flags are signals for a human reviewer to check, not conclusions: none of them is a reason to reject on its own.';
export const NO_RED_FLAGS = 'No red flags were found.';

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

/** Where a quote comes from, e.g. `turn 3`, `resume`. */
export function describeQuoteSource(quote: TQuote): string {
  switch (quote.source) {
    case 'transcript':
      return quote.turn === undefined ? 'interview' : `turn ${quote.turn}`;
    case 'resume':
      return 'resume';
    case 'job':
      return 'job description';
    default: {
      const unknownSource: never = quote.source;
      return String(unknownSource);
    }
  }
}

export function describeEngine(engine: TEvaluation['engine']): string {
  const base = engine.kind === 'offline' ? 'Offline rubric engine (no model)' : `Model ${engine.model}`;
  return engine.promptVersion === undefined ? base : `${base}, prompt ${engine.promptVersion}`;
}

/** "The model recommended X; the policy lowered it to Y because …", when a model was overridden. */
export function describeOverride(evaluation: TEvaluation): string | undefined {
  const override = evaluation.policy.override;
  if (override === undefined) return undefined;
  const reason = override.reason.trim().replace(/[.\s]+$/, '');
  return `The model recommended ${override.modelRecommendation}; the policy lowered it to ${evaluation.recommendation}${reason.length > 0 ? ` because ${reason}` : ''}.`;
}

/** "The policy allows at most X." plus whether any rule fired. */
export function describeCeiling(policy: TEvaluation['policy']): string {
  if (policy.reasons.length === 0 && policy.ceiling === 'Strongly Recommend') {
    return 'No policy rule limited the recommendation.';
  }
  return `The signals allow at most ${policy.ceiling}.${policy.reasons.length > 0 ? ' The rules that set this limit:' : ''}`;
}

/** "3 of 5 samples agreed on the recommendation (60%): Recommend 3, Strongly Recommend 2." */
export function describeStability(stability: NonNullable<TEvaluation['stability']>): string {
  const agreeing = Math.round(stability.agreement * stability.samples);
  const percent = Math.round(stability.agreement * 100);
  const distribution = sortDistribution(stability.distribution)
    .map((entry) => `${entry.recommendation} ${entry.count}`)
    .join(', ');
  return `${agreeing} of ${plural(stability.samples, 'sample')} agreed on the recommendation (${percent}%)${distribution.length > 0 ? `: ${distribution}` : ''}.`;
}

const RECOMMENDATION_RANK: Record<TRecommendation, number> = {
  'Strongly Recommend': 0,
  Recommend: 1,
  'Recommend with Reservations': 2,
  'Do Not Recommend': 3,
};

function sortDistribution(
  distribution: NonNullable<TEvaluation['stability']>['distribution'],
): NonNullable<TEvaluation['stability']>['distribution'] {
  return [...distribution].sort(
    (a, b) =>
      b.count - a.count || RECOMMENDATION_RANK[a.recommendation] - RECOMMENDATION_RANK[b.recommendation],
  );
}

/** "Must-have requirements: 1 met, 2 partial, 3 unverified, 2 gaps." or undefined when there are none. */
export function describeCoverage(
  requirements: readonly TRequirementAssessment[],
  priority: TRequirementPriority,
): string | undefined {
  const matching = requirements.filter((requirement) => requirement.priority === priority);
  if (matching.length === 0) return undefined;
  const counts = countStatuses(matching);
  const parts = STATUS_ORDER.map((status) =>
    status === 'gap' ? plural(counts.gap, 'gap') : `${counts[status]} ${STATUS_LABELS[status].toLowerCase()}`,
  );
  const label = priority === 'must' ? 'Must-have' : 'Nice-to-have';
  return `${label} requirements (${matching.length}): ${parts.join(', ')}.`;
}

export function countStatuses(
  requirements: readonly TRequirementAssessment[],
): Record<TRequirementStatus, number> {
  const counts: Record<TRequirementStatus, number> = { met: 0, partial: 0, gap: 0, unverified: 0 };
  for (const requirement of requirements) counts[requirement.status]++;
  return counts;
}

/** Answers longer than this are collapsed in the reports: the parts quoted as evidence first, the whole on demand. */
export const LONG_ANSWER_CHARACTERS = 1200;

/**
 * The parts of answer `turn` that the report quotes as evidence (skills, communication, red
 * flags, requirements), each once, in the order they occur in the answer; a quote inside a
 * longer one is left out.
 */
export function quotedPartsOfAnswer(evaluation: TEvaluation, turn: number, answer: string): string[] {
  const quotes = [
    ...evaluation.technicalSkills.evidence,
    ...evaluation.communication.evidence,
    ...evaluation.redFlags.flatMap((flag) => flag.evidence),
    ...evaluation.requirements.flatMap((requirement) => requirement.interviewEvidence),
  ]
    .filter((quote) => quote.source === 'transcript' && quote.turn === turn)
    .map((quote) => quote.text.trim())
    .filter((text) => text !== '' && answer.includes(text));
  const unique = [...new Set(quotes)];
  return unique
    .filter((text) => !unique.some((other) => other !== text && other.includes(text)))
    .sort((a, b) => answer.indexOf(a) - answer.indexOf(b));
}
