import type {
  TAnswerAssessment,
  TEvaluation,
  TQuote,
  TRedFlag,
  TRequirementAssessment,
  TSection,
} from '../evaluation.js';
import type { TJob } from '../job.js';
import type { TResume } from '../resume.js';
import type { TInterviewSignals } from '../signals/signals.js';
import type { TTranscript } from '../transcript.js';
import { boundModelRecommendation } from './bound-model-recommendation.js';
import { groundModelProse } from './ground-model-prose.js';
import type { TModelJudgement, TModelQuote } from './model-judgement.js';
import { verifyQuotes } from './verify-quotes.js';

/** Appended to a claim whose supporting quote was not found verbatim and was removed. */
export const UNVERIFIED_QUOTE_MARK = ' (a supporting quote could not be verified and was removed)';

export type TMergeJudgementContext = {
  job: TJob;
  resume: TResume;
  transcript: TTranscript;
  /** `provider:model`, for the report's engine. */
  model: string;
  /** The rules' signals, for the recommendation's bound (see boundModelRecommendation). */
  signals?: TInterviewSignals;
  promptVersion: string;
};

/**
 * The report from a model's judgement and the rubric engine's baseline. The model writes the
 * prose and verdicts; the baseline keeps the guarantees:
 * - only quotes found verbatim survive; a claim that lost one is marked and a note says so;
 * - every requirement and every turn appears, in order; what the model skipped keeps the
 *   baseline's assessment (noted);
 * - every sentence of the model's prose rests on the sources (`groundModelProse`); a field left
 *   empty keeps the baseline's text;
 * - the baseline's red flags always stay; the model's are added when their evidence verifies and
 *   they are not already there (same kind and turn);
 * - the recommendation is bounded by the evidence-based one (`boundModelRecommendation`: one
 *   level at most, upward only on verified evidence the rules missed) and by the policy's
 *   ceiling; the move is recorded in `policy.model`, a lowered one also as `policy.override`.
 *
 * `judgement` must already be restored (placeholders and neutralised delimiters put back).
 */
export function mergeJudgement(
  baseline: TEvaluation,
  modelJudgement: TModelJudgement,
  context: TMergeJudgementContext,
): TEvaluation {
  const notes: string[] = [...baseline.notes];
  const grounded = groundModelProse(modelJudgement, { ...context, baseline });
  const judgement = grounded.judgement;
  notes.push(...grounded.notes);
  const sources = { transcript: context.transcript, resume: context.resume };

  const checkQuotes = (quotes: readonly TModelQuote[], where: string) => {
    const { verified, dropped } = verifyQuotes(quotes, sources);
    // The unverified text itself stays out of the report: shown anywhere, it would read as something the candidate said.
    for (const { searched } of dropped) {
      notes.push(`A quote in ${where} was not found verbatim in ${searched} and was removed.`);
    }
    return { verified, droppedCount: dropped.length };
  };
  const marked = (text: string, droppedCount: number) =>
    droppedCount > 0 ? `${text}${UNVERIFIED_QUOTE_MARK}` : text;

  const verifiedEvidence = new Map<string, TQuote[]>();
  const requirements = mergeRequirements(
    baseline,
    judgement,
    context.job,
    notes,
    checkQuotes,
    marked,
    verifiedEvidence,
  );
  const answers = mergeAnswers(baseline, judgement, context.transcript, notes);
  const redFlags = mergeRedFlags(baseline.redFlags, judgement, notes, checkQuotes, marked);

  const section = (
    modelSection: TModelJudgement['technicalSkills'],
    fallback: TSection,
    name: string,
  ): TSection => {
    const { verified, droppedCount } = checkQuotes(modelSection.evidence, name);
    const summary = modelSection.summary.trim();
    return summary.length === 0 ? fallback : { summary: marked(summary, droppedCount), evidence: verified };
  };

  const knownIds = new Map(context.job.requirements.map((requirement) => [requirement.id, requirement.text]));
  const alignmentItems = (
    items: TModelJudgement['alignment']['strengths'],
    modelItems: TModelJudgement['alignment']['strengths'],
    fallback: TEvaluation['alignment']['strengths'],
    kind: string,
  ) => {
    const kept = items.flatMap((item) => {
      const requirement = knownIds.get(item.requirementId);
      if (requirement === undefined) {
        notes.push(
          `The model listed a ${kind} for an unknown requirement "${shorten(item.requirementId)}"; it was left out.`,
        );
        return [];
      }
      // Grounding may have emptied the text (the item goes) or the title (the requirement names it).
      if (item.text.trim().length === 0) return [];
      return [{ ...item, title: orFallback(item.title, shorten(requirement)) }];
    });
    if (kept.length === 0 && modelItems.length > 0) {
      notes.push(`None of the model's ${kind}s could be kept; the evidence-based ${kind}s are shown.`);
      return fallback.map((item) => ({ ...item }));
    }
    return kept;
  };

  const verdicts = new Map(
    judgement.answers
      .filter((entry) => Number.isInteger(entry.turn))
      .map((entry) => [entry.turn, entry.verdict] as const),
  );
  const modelRecommendation = judgement.recommendation;
  const bound = boundModelRecommendation({
    job: context.job,
    baseline,
    modelRecommendation,
    modelVerdicts: verdicts,
    verifiedEvidence,
    ...(context.signals === undefined ? {} : { signals: context.signals }),
  });
  const lowered = bound.move === 'lowered';
  const modelJustification = orFallback(judgement.justification, baseline.justification);

  return {
    schemaVersion: 1,
    candidate: { name: baseline.candidate.name },
    job: { title: baseline.job.title },
    engine: { kind: 'model', model: context.model, promptVersion: context.promptVersion },
    summary: orFallback(judgement.summary, baseline.summary),
    alignment: {
      overview: orFallback(judgement.alignment.overview, baseline.alignment.overview),
      strengths: alignmentItems(
        judgement.alignment.strengths,
        modelJudgement.alignment.strengths,
        baseline.alignment.strengths,
        'strength',
      ),
      gaps: alignmentItems(
        judgement.alignment.gaps,
        modelJudgement.alignment.gaps,
        baseline.alignment.gaps,
        'gap',
      ),
    },
    requirements,
    technicalSkills: section(
      judgement.technicalSkills,
      baseline.technicalSkills,
      'the technical skills section',
    ),
    communication: section(judgement.communication, baseline.communication, 'the communication section'),
    redFlags,
    answers,
    recommendation: bound.recommendation,
    justification:
      bound.move === 'kept'
        ? modelJustification
        : `${modelJustification} The model recommended "${modelRecommendation}"; the recommendation was ${bound.move} to "${bound.recommendation}". ${bound.reason}`,
    policy: {
      ceiling: baseline.policy.ceiling,
      reasons: [...baseline.policy.reasons],
      ...(lowered ? { override: { modelRecommendation, reason: bound.reason } } : {}),
      model: {
        recommendation: modelRecommendation,
        evidenceBased: baseline.recommendation,
        move: bound.move,
        reason: bound.reason,
      },
    },
    notes,
  };
}

type TCheckQuotes = (
  quotes: readonly TModelQuote[],
  where: string,
) => { verified: TQuote[]; droppedCount: number };
type TMark = (text: string, droppedCount: number) => string;

function mergeRequirements(
  baseline: TEvaluation,
  judgement: TModelJudgement,
  job: TJob,
  notes: string[],
  checkQuotes: TCheckQuotes,
  marked: TMark,
  verifiedEvidence: Map<string, TQuote[]>,
): TRequirementAssessment[] {
  const knownIds = new Set(job.requirements.map((requirement) => requirement.id));
  for (const id of new Set(judgement.requirements.map((entry) => entry.requirementId))) {
    if (!knownIds.has(id))
      notes.push(`The model assessed an unknown requirement "${shorten(id)}"; it was left out.`);
  }

  return job.requirements.map((requirement) => {
    const base: TRequirementAssessment = baseline.requirements.find(
      (assessment) => assessment.requirementId === requirement.id,
    ) ?? {
      requirementId: requirement.id,
      requirement: requirement.text,
      priority: requirement.priority,
      status: 'unverified',
      resumeEvidence: [],
      interviewEvidence: [],
      note: 'Not assessed.',
    };
    const entry = judgement.requirements.find((candidate) => candidate.requirementId === requirement.id);
    if (entry === undefined) {
      notes.push(
        `The model did not assess requirement ${requirement.id}; the rubric engine's assessment is kept.`,
      );
      return base;
    }

    const { verified, droppedCount } = checkQuotes(entry.evidence, `requirement ${requirement.id}`);
    const interviewEvidence = verified.filter((quote) => quote.source === 'transcript');
    verifiedEvidence.set(requirement.id, interviewEvidence);
    let status = entry.status;
    let note = marked(orFallback(entry.note, base.note), droppedCount);
    // "met" and "partial" claim interview evidence: without a verified quote of it, the claim stands unsupported.
    if (
      (status === 'met' || status === 'partial') &&
      interviewEvidence.length === 0 &&
      status !== base.status
    ) {
      notes.push(
        `The model rated requirement ${requirement.id} "${status}" without a verified quote from the interview; the rubric engine's "${base.status}" is kept.`,
      );
      note = `${note} (Status "${base.status}" kept from the rubric engine: the model's rating "${status}" had no verified interview evidence.)`;
      status = base.status;
    }
    return {
      requirementId: requirement.id,
      requirement: base.requirement,
      priority: base.priority,
      status,
      resumeEvidence: verified.filter((quote) => quote.source === 'resume'),
      interviewEvidence,
      note,
    };
  });
}

function mergeAnswers(
  baseline: TEvaluation,
  judgement: TModelJudgement,
  transcript: TTranscript,
  notes: string[],
): TAnswerAssessment[] {
  const count = transcript.turns.length;
  const strays = judgement.answers.filter(
    (entry) => !Number.isInteger(entry.turn) || entry.turn < 1 || entry.turn > count,
  );
  if (strays.length > 0) {
    notes.push(
      `The model assessed turns that do not exist (${strays.map((entry) => entry.turn).join(', ')}); they were left out.`,
    );
  }

  const skipped: number[] = [];
  const disagreements: string[] = [];
  const answers = transcript.turns.map((turn, index): TAnswerAssessment => {
    const number = index + 1;
    const base: TAnswerAssessment = baseline.answers.find((assessment) => assessment.turn === number) ?? {
      turn: number,
      turnId: turn.id,
      type: turn.type,
      question: turn.question,
      answer: turn.answer,
      verdict: turn.answer.trim().length === 0 ? 'non_answer' : 'weak',
      scored: turn.type !== 'Closing',
      evaluation: 'Not assessed.',
      justification: 'Neither the model nor the rubric engine assessed this answer.',
      requirementIds: turn.requirementIds,
    };
    // The transcript is the record of what was asked and said; the baseline only adds its assessment.
    const asked = { ...base, turnId: turn.id, type: turn.type, question: turn.question, answer: turn.answer };
    const entry = judgement.answers.find((candidate) => candidate.turn === number);
    if (entry === undefined) {
      skipped.push(number);
      return asked;
    }
    if (entry.verdict !== base.verdict) {
      disagreements.push(`turn ${number} (model: ${entry.verdict}, rules: ${base.verdict})`);
    }
    return {
      ...asked,
      verdict: entry.verdict,
      evaluation: orFallback(entry.evaluation, base.evaluation),
      justification: orFallback(entry.justification, base.justification),
    };
  });

  if (skipped.length > 0) {
    notes.push(
      `The model did not assess turn${skipped.length > 1 ? 's' : ''} ${skipped.join(', ')}; the rubric engine's assessment is kept.`,
    );
  }
  if (disagreements.length > 0) {
    notes.push(`The model's verdict differs from the rubric engine's on ${disagreements.join('; ')}.`);
  }
  return answers;
}

function mergeRedFlags(
  baselineFlags: readonly TRedFlag[],
  judgement: TModelJudgement,
  notes: string[],
  checkQuotes: TCheckQuotes,
  marked: TMark,
): TRedFlag[] {
  const flags: TRedFlag[] = baselineFlags.map((flag) => ({ ...flag, evidence: [...flag.evidence] }));
  judgement.redFlags.forEach((flag, index) => {
    const { verified, droppedCount } = checkQuotes(
      flag.evidence,
      `the model's red flag ${index + 1} (${flag.kind})`,
    );
    if (verified.length === 0) {
      notes.push(
        `A red flag the model raised (${flag.kind.replaceAll('_', ' ')}) had no verified evidence and was left out.`,
      );
      return;
    }
    const candidate: TRedFlag = {
      kind: flag.kind,
      severity: flag.severity,
      summary: marked(
        orFallback(
          flag.summary,
          `The model raised this ${flag.kind.replaceAll('_', ' ')} flag; see the quoted evidence.`,
        ),
        droppedCount,
      ),
      evidence: verified,
    };
    if (!flags.some((existing) => isSameFlag(existing, candidate))) flags.push(candidate);
  });
  return flags;
}

/** Same kind, about the same turn (or both about no turn: the resume, the interview as a whole). */
function isSameFlag(a: TRedFlag, b: TRedFlag): boolean {
  if (a.kind !== b.kind) return false;
  const turnsOf = (flag: TRedFlag) =>
    flag.evidence.flatMap((quote) => (quote.turn === undefined ? [] : [quote.turn]));
  const turnsA = turnsOf(a);
  const turnsB = turnsOf(b);
  if (turnsA.length === 0 && turnsB.length === 0) return true;
  return turnsA.some((turn) => turnsB.includes(turn));
}

function orFallback(text: string, fallback: string): string {
  const trimmed = text.trim();
  return trimmed.length > 0 ? trimmed : fallback;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 77)}…`;
}
