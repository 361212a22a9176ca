import type { TAnswerAssessment, TVerdict } from '../evaluation.js';
import type { TJob } from '../job.js';
import { rateAnswer } from '../signals/rate-answer.js';
import type { TAnswerSignals, TInterviewSignals } from '../signals/signals.js';
import { findTechnologies } from '../text/find-technologies.js';
import type { TTranscript } from '../transcript.js';
import { quoteAnswer } from './quote-answer.js';

function describeShortfalls(signals: TAnswerSignals): string[] {
  const shortfalls: string[] = [];
  if (signals.relevance === 0) shortfalls.push('it does not engage with what was asked');
  if (signals.askedToQuantify && !signals.quantified) {
    shortfalls.push('the question asked for a measured result and the answer gives none');
  }
  if (signals.askedForExample && !signals.gaveExample) {
    shortfalls.push('the question asked for a specific example and the answer stays general');
  }
  if (signals.specificity < 0.25)
    shortfalls.push('it names no numbers, tools or concrete actions of the candidate');
  if (signals.hedges.length > 0) shortfalls.push(`it hedges ("${signals.hedges.join('", "')}")`);
  return shortfalls;
}

function describeStrengths(signals: TAnswerSignals): string[] {
  const strengths: string[] = [];
  if (signals.firstPersonActions.length > 0)
    strengths.push(`first-hand actions ("${signals.firstPersonActions.slice(0, 3).join('", "')}")`);
  if (signals.tools.length > 0) strengths.push(`named tools (${signals.tools.slice(0, 4).join(', ')})`);
  if (signals.quantified) strengths.push(`measured results ("${signals.numbers.slice(0, 3).join('", "')}")`);
  else if (signals.numbers.length > 0)
    strengths.push(`figures ("${signals.numbers.slice(0, 3).join('", "')}")`);
  if (signals.gaveExample && signals.firstPersonActions.length === 0) strengths.push('a worked example');
  return strengths;
}

function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  return `${clauses.slice(0, -1).join('; ')}; and ${clauses.at(-1)}`;
}

function describeEvaluation(verdict: TVerdict, signals: TAnswerSignals, quote: string): string {
  switch (verdict) {
    case 'non_answer':
      return signals.isSkip
        ? `The candidate chose to skip this question ("${quote}").`
        : quote.length === 0
          ? 'The candidate gave no answer.'
          : `The candidate did not answer the question: "${quote}".`;
    case 'weak': {
      const shortfalls = describeShortfalls(signals);
      const strengths = describeStrengths(signals);
      return (
        `The answer "${quote}" is weak: ${joinClauses(shortfalls.length > 0 ? shortfalls : ['it is too general to show the skill'])}.` +
        (strengths.length > 0 ? ` It does offer ${joinClauses(strengths)}.` : '')
      );
    }
    case 'adequate': {
      const shortfalls = describeShortfalls(signals);
      return (
        `The answer "${quote}" addresses the question with ${joinClauses(describeStrengths(signals)) || 'relevant content'}.` +
        (shortfalls.length > 0 ? ` It falls short of strong because ${joinClauses(shortfalls)}.` : '')
      );
    }
    case 'strong':
      return `A concrete, first-hand answer: "${quote}" — with ${joinClauses(describeStrengths(signals))}.`;
    default: {
      const exhaustive: never = verdict;
      return exhaustive;
    }
  }
}

function describeRule(verdict: TVerdict, signals: TAnswerSignals): string {
  const measures = `specificity ${signals.specificity.toFixed(2)}, relevance ${signals.relevance.toFixed(2)}`;
  switch (verdict) {
    case 'non_answer':
      return 'Rated non-answer: the reply has no content to assess.';
    case 'weak':
      return `Rated weak (${measures}): it does not address what was asked with concrete content.`;
    case 'adequate':
      return `Rated adequate (${measures}): it addresses the question with some concrete content.`;
    case 'strong':
      return `Rated strong (${measures}): it addresses the question concretely, with ${signals.quantified ? 'measured results' : 'a first-hand example'}.`;
    default: {
      const exhaustive: never = verdict;
      return exhaustive;
    }
  }
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
    const verdict = rateAnswer(answerSignals);
    const quote = quoteAnswer(
      turn.answer,
      (sentence) => /\d/.test(sentence) || findTechnologies(sentence).length > 0,
    );
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
      evaluation: describeEvaluation(verdict, answerSignals, quote) + injected,
      justification: `${purpose} ${describeRule(verdict, answerSignals)}`,
      requirementIds,
    };
  });
}
