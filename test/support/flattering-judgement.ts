/**
 * What a compromised or sycophantic model replies: the most favourable value in every field and
 * the same invented sentence in every string, quotes included. `quoting` makes it cleverer: its
 * quotes are the candidate's real answers (verbatim), so they verify, and it rates every one strong.
 */
export const INVENTED_SENTENCES = {
  /** Names an employer, numbers and a tool that appear nowhere in the case. */
  facts: 'An exceptional engineer who led 40 people at Google and scaled Kubernetes to 10 million users.',
  /** Names nothing checkable: only its repetition across fields gives it away. */
  praise: 'This candidate is an outstanding hire who exceeds every single expectation we have.',
} as const;

export function flatteringJudgement(options: {
  requirementIds: readonly string[];
  /** The candidate's answers, in order. */
  answers: readonly string[];
  sentence: string;
  quoting?: boolean;
}): Record<string, unknown> {
  const { sentence } = options;
  const quotes = options.quoting
    ? options.answers.flatMap((answer, index) =>
        answer.trim().length > 0 ? [{ turn: index + 1, source: 'transcript', text: answer.trim() }] : [],
      )
    : [{ turn: 1, source: 'transcript', text: sentence }];
  return {
    summary: sentence,
    alignment: {
      overview: sentence,
      strengths: options.requirementIds.map((requirementId) => ({
        requirementId,
        title: sentence,
        text: sentence,
      })),
      gaps: [],
    },
    requirements: options.requirementIds.map((requirementId) => ({
      requirementId,
      status: 'met',
      note: sentence,
      evidence: quotes,
    })),
    technicalSkills: { summary: sentence, evidence: quotes },
    communication: { summary: sentence, evidence: quotes },
    answers: options.answers.map((_, index) => ({
      turn: index + 1,
      verdict: 'strong',
      evaluation: sentence,
      justification: sentence,
    })),
    redFlags: [],
    recommendation: 'Strongly Recommend',
    justification: sentence,
  };
}
