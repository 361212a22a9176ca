import type { TAnswerAssessment, TVerdict } from '../evaluation.js';
import type { TJob } from '../job.js';
import {
  ADEQUATE_CONCRETENESS,
  rateVerdict,
  STRONG_CONCRETENESS,
  type TVerdictReason,
} from '../signals/rate-answer.js';
import type { TAnswerSignals, TInterviewSignals } from '../signals/signals.js';
import type { TTranscript } from '../transcript.js';
import { quoteDecisiveSentence } from './quote-decisive-sentence.js';

function quoteList(values: readonly string[], count = 3): string {
  return values
    .slice(0, count)
    .map((value) => `"${value}"`)
    .join(', ');
}

function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  return `${clauses.slice(0, -1).join('; ')}; and ${clauses.at(-1)}`;
}

/** What concrete content the answer gives, each item quoted from it. */
function describeContent(signals: TAnswerSignals): string[] {
  const parts: string[] = [];
  if (signals.results.length > 0) parts.push(`a measured result (${quoteList(signals.results, 2)})`);
  if (signals.numbers.length > 0) parts.push(`figures (${quoteList(signals.numbers)})`);
  if (signals.tools.length > 0) parts.push(`named tools and terms (${quoteList(signals.tools, 4)})`);
  if (signals.firstPersonActions.length > 0)
    parts.push(`the candidate's own actions (${quoteList(signals.firstPersonActions)})`);
  return parts;
}

function languageNote(signals: TAnswerSignals): string {
  return signals.isFullyRead
    ? ''
    : ` The answer is in ${signals.languageName}: it was read for its figures, names and actions, never marked down for its language; a reader of ${signals.languageName} should confirm the detail.`;
}

/** The evaluation of one answer in words, each "because" true of the text it quotes. */
function describeEvaluation(
  verdict: TVerdict,
  reason: TVerdictReason,
  signals: TAnswerSignals,
  quote: string,
): string {
  const content = describeContent(signals);
  switch (reason) {
    case 'no_content':
      return signals.isSkip
        ? `The candidate chose to skip this question ("${quote}"): no evidence either way.`
        : quote.length === 0
          ? 'The candidate gave no answer.'
          : `The candidate did not answer the question: "${quote}".`;
    case 'denies':
      return `The candidate says they have not done this: "${signals.negations[0] ?? quote}". An honest answer, and a gap for what was asked, not a sign of dishonesty.`;
    case 'handed_off':
      return `The work asked about was someone else's: "${quote}" — so the answer does not show the candidate doing it.${content.length > 0 ? ` It does mention ${joinClauses(content)}.` : ''}`;
    case 'no_result_when_asked':
      return `Asked for a measured result, the answer gives none: "${quote}".${signals.designations.length > 0 ? ` ${quoteList(signals.designations)} name standards, codes or dates; they do not measure an outcome.` : ''}`;
    case 'no_example_when_asked':
      return `Asked for a specific example, the answer describes what the candidate does in general, with no particular case: "${quote}".`;
    case 'hedged_hypothetical':
      return `The answer is hedged (${quoteList(signals.hedges)}) and says what might be done rather than what was done: "${quote}".`;
    case 'general':
      return `The answer stays general — no figures, named tools or terms, and no action of the candidate's own: "${quote}".`;
    case 'thin':
      return `The answer is too thin to show the skill: "${quote}"${content.length > 0 ? ` — it offers only ${joinClauses(content)}` : ''}.`;
    case 'limited':
      return `A limited yes: "${quote}". Within that scope it gives ${joinClauses(content) || 'concrete content'}.`;
    case 'concrete':
      return `A concrete answer: "${quote}" — with ${joinClauses(content) || 'specific content of the trade'}.`;
    case 'some_concrete':
      return `The answer "${quote}" addresses the question with ${joinClauses(content) || 'some specific content'}${verdict === 'adequate' ? '; it gives fewer specifics than a strong answer would' : ''}.`;
    default: {
      const exhaustive: never = reason;
      return exhaustive;
    }
  }
}

const RULE_WORDS: Record<TVerdictReason, string> = {
  no_content: 'the reply has no content to assess',
  denies: 'the answer says the candidate has not done what was asked',
  handed_off: 'the answer hands the work asked about to someone else',
  no_result_when_asked: 'a measured result was asked for and none was given',
  no_example_when_asked: 'a specific example was asked for and none was given',
  hedged_hypothetical: 'the answer is hedged and hypothetical',
  general: "the answer has no concrete content of the candidate's own",
  thin: 'too little concrete content to show the skill',
  limited: 'a limited yes: adequate at most',
  concrete: 'rich concrete content that gives what was asked',
  some_concrete: 'some concrete content',
};

function describeRule(verdict: TVerdict, reason: TVerdictReason, signals: TAnswerSignals): string {
  const label = verdict === 'non_answer' ? 'non-answer' : verdict;
  return `Rated ${label}: ${RULE_WORDS[reason]} (concreteness ${signals.concreteness.toFixed(1)}; strong from ${STRONG_CONCRETENESS}, adequate from ${ADEQUATE_CONCRETENESS}).`;
}

/** The rubric's assessment of every answer, in transcript order. */
export function assessAnswers(
  job: TJob,
  transcript: TTranscript,
  signals: TInterviewSignals,
): TAnswerAssessment[] {
  const requirementsById = new Map(job.requirements.map((requirement) => [requirement.id, requirement]));
  return transcript.turns.map((turn, index) => {
    const answerSignals = signals.answers[index]!;
    const { verdict, reason } = rateVerdict(answerSignals);
    const quote = quoteDecisiveSentence(turn.answer, answerSignals);
    const requirementIds = signals.turnRequirements[index]!;
    const tests = requirementIds
      .map((id) => requirementsById.get(id))
      .filter((requirement) => requirement !== undefined)
      .map(
        (requirement) =>
          `${requirement.id} (${requirement.priority === 'must' ? 'must-have' : 'nice-to-have'}): "${requirement.text.replace(/[.;:\s]+$/, '')}"`,
      );
    const purpose =
      turn.type === 'Closing'
        ? 'The closing question gives the candidate room for their own questions; it is not scored.'
        : tests.length > 0
          ? `The question tests ${tests.join('; ')}.`
          : 'The question is not tied to a listed requirement.';
    const injected =
      answerSignals.instructionLike.length > 0
        ? ` The answer also contains text addressed to the evaluator ("${answerSignals.instructionLike[0]}"); it was ignored for this verdict and flagged.`
        : '';
    return {
      turn: index + 1,
      turnId: turn.id,
      type: turn.type,
      question: turn.question,
      answer: turn.answer,
      verdict,
      scored: turn.type !== 'Closing',
      evaluation:
        describeEvaluation(verdict, reason, answerSignals, quote) + injected + languageNote(answerSignals),
      justification: `${purpose} ${describeRule(verdict, reason, answerSignals)}`,
      requirementIds,
    };
  });
}
