import type { TAnswerAssessment, TEvaluation, TQuote, TRecommendation, TVerdict } from '../evaluation.js';
import { RECOMMENDATIONS } from '../evaluation.js';
import type { TJob } from '../job.js';
import type { TInterviewSignals } from '../signals/signals.js';

export type TBoundModelRecommendationInput = {
  job: TJob;
  /** The offline engine's evaluation: its recommendation is the evidence-based call, its policy the ceiling. */
  baseline: TEvaluation;
  modelRecommendation: TRecommendation;
  /** The model's verdict per 1-based turn (turns it did not assess are absent). */
  modelVerdicts: ReadonlyMap<number, TVerdict>;
  /** The model's verified transcript quotes, by the requirement id it cited them for. */
  verifiedEvidence: ReadonlyMap<string, readonly TQuote[]>;
  /** The rules' signals: an answer counts as missed evidence only when it holds something concrete. */
  signals?: TInterviewSignals;
};

export type TModelRecommendationBound = {
  recommendation: TRecommendation;
  move: 'kept' | 'lowered' | 'raised';
  reason: string;
};

/** A quote shorter than this shows too little to outweigh the rules. */
const MIN_QUOTE_WORDS = 5;
/** Red flags whose turns never count as missed evidence. */
const TAINTED_FLAGS = new Set(['manipulation_attempt', 'evasive', 'assisted_answers']);

/**
 * The report's recommendation when a model judged. The evidence-based recommendation (the offline
 * engine's) anchors it:
 * - the model may be at most one level below it (further below, it is raised to one below);
 * - the model may be one level above it only when its own verified quotes show evidence the rules
 *   missed: a quote of at least five words, from an answer the rules rated weak or non-answer and
 *   the model adequate or strong, cited for a must-have that answer tested, in a turn no
 *   manipulation, evasion or assisted-answer flag points at, whose answer (per the signals) is no
 *   non-answer or denial, names a tool or term or measures something, and is not quoted from its
 *   own denials, hand-offs or hedges; otherwise it is lowered to the
 *   evidence-based call; never more than one level above;
 * - never above the policy's ceiling.
 * Every outcome comes with its reason, for `policy.model`.
 */
export function boundModelRecommendation(input: TBoundModelRecommendationInput): TModelRecommendationBound {
  const { baseline, modelRecommendation } = input;
  const evidence = baseline.recommendation;
  const ceiling = baseline.policy.ceiling;
  const model = rank(modelRecommendation);
  const base = rank(evidence);

  let target: number;
  let reason: string;
  if (model === base) {
    target = model;
    reason = `The model's recommendation matches the evidence-based one (${evidence}).`;
  } else if (model > base) {
    target = Math.min(model, base + 1);
    reason =
      target === model
        ? `The model's ${modelRecommendation} is one level below the evidence-based ${evidence}: within the bound of one level.`
        : `The model's ${modelRecommendation} is ${model - base} levels below the evidence-based ${evidence}; a model may differ by one level at most, so it was raised to ${RECOMMENDATIONS[target]}.`;
  } else {
    const missed = findMissedEvidence(input);
    if (missed.length === 0) {
      target = base;
      reason = `The model's ${modelRecommendation} is above the evidence-based ${evidence}, but none of its verified quotes shows evidence the rules missed on a must-have (an answer the rules rated weak or non-answer that the model rated adequate or strong), so the evidence-based ${evidence} stands.`;
    } else {
      target = Math.max(model, base - 1);
      const shown = missed
        .slice(0, 3)
        .map(
          (item) =>
            `turn ${item.turn} on ${item.requirementId} (rules: ${item.rulesVerdict.replace('_', '-')}, model: ${item.modelVerdict})`,
        )
        .join('; ');
      reason = `The model's verified quotes show evidence the rules missed: ${shown}. ${
        target === model
          ? `Its ${modelRecommendation}, one level above the evidence-based ${evidence}, stands.`
          : `A model may move the recommendation one level at most, so its ${modelRecommendation} was lowered to ${RECOMMENDATIONS[target]}.`
      }`;
    }
  }

  const capped = Math.max(target, rank(ceiling));
  if (capped !== target) {
    reason = `${reason} The policy's ceiling is ${ceiling}: ${baseline.policy.reasons.filter((line) => line.includes(`at best ${ceiling}`)).join(' ') || 'the hard bounds allow no more'}`;
  }
  const recommendation = RECOMMENDATIONS[capped]!;
  const move = capped === model ? 'kept' : capped > model ? 'lowered' : 'raised';
  return { recommendation, move, reason: reason.trim() };
}

type TMissedEvidence = {
  turn: number;
  requirementId: string;
  rulesVerdict: TVerdict;
  modelVerdict: TVerdict;
};

function findMissedEvidence({
  job,
  baseline,
  modelVerdicts,
  verifiedEvidence,
  signals,
}: TBoundModelRecommendationInput): TMissedEvidence[] {
  const mustHaves = new Set(
    job.requirements
      .filter((requirement) => requirement.priority === 'must')
      .map((requirement) => requirement.id),
  );
  /** The answer names or measures something, and the quote is not one of its denials or hand-offs. */
  const concrete = (turn: number, quote: string) => {
    if (signals === undefined) return true;
    const answer = signals.answers.find((candidate) => candidate.turn === turn);
    if (answer === undefined || answer.isNonAnswer || answer.isSkip) return false;
    if (answer.stance === 'negative' || answer.stance === 'empty' || answer.stance === 'skip') return false;
    if (answer.tools.length + answer.numbers.length + answer.results.length === 0) return false;
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
    const quoted = flat(quote);
    return ![...answer.negations, ...answer.deflections, ...answer.disowning, ...answer.hedges]
      .map(flat)
      .some((sentence) => sentence.length > 0 && (quoted.includes(sentence) || sentence.includes(quoted)));
  };
  const tainted = new Set(
    baseline.redFlags
      .filter((flag) => TAINTED_FLAGS.has(flag.kind))
      .flatMap((flag) => flag.evidence.flatMap((quote) => (quote.turn === undefined ? [] : [quote.turn]))),
  );
  const answers = new Map<number, TAnswerAssessment>(baseline.answers.map((answer) => [answer.turn, answer]));
  const missed: TMissedEvidence[] = [];
  for (const [requirementId, quotes] of verifiedEvidence) {
    if (!mustHaves.has(requirementId)) continue;
    for (const quote of quotes) {
      if (quote.source !== 'transcript' || quote.turn === undefined) continue;
      if (quote.text.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const answer = answers.get(quote.turn);
      const modelVerdict = modelVerdicts.get(quote.turn);
      if (answer === undefined || modelVerdict === undefined || !answer.scored) continue;
      if (tainted.has(quote.turn) || !answer.requirementIds.includes(requirementId)) continue;
      if (answer.verdict !== 'weak' && answer.verdict !== 'non_answer') continue;
      if (modelVerdict !== 'adequate' && modelVerdict !== 'strong') continue;
      if (!concrete(quote.turn, quote.text)) continue;
      if (!missed.some((item) => item.turn === quote.turn && item.requirementId === requirementId)) {
        missed.push({ turn: quote.turn, requirementId, rulesVerdict: answer.verdict, modelVerdict });
      }
    }
  }
  return missed.sort((a, b) => a.turn - b.turn || a.requirementId.localeCompare(b.requirementId));
}

/** Position in RECOMMENDATIONS: 0 is the best. */
function rank(recommendation: TRecommendation): number {
  return RECOMMENDATIONS.indexOf(recommendation);
}
