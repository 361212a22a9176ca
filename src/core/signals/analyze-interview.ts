import type { TQuote } from '../evaluation.js';
import type { TJob } from '../job.js';
import { contentLemmas, namesOf } from '../reading/read-answer.js';
import type { TResume } from '../resume.js';
import { extractKeywords } from '../text/keywords.js';
import type { TTranscript } from '../transcript.js';
import { analyzeAnswer } from './analyze-answer.js';
import { findContradictions } from './find-contradictions.js';
import { findRegisterShifts } from './find-register-shifts.js';
import { findResumeManipulation } from './find-resume-manipulation.js';
import { GENERIC_KEYWORDS, mapTurnsToRequirements } from './map-turns-to-requirements.js';
import { rateAnswer } from './rate-answer.js';
import type { TInterviewSignals, TUndemonstratedClaim } from './signals.js';

export type TAnalyzeInterviewInput = { job: TJob; resume: TResume; transcript: TTranscript };

/** Every deterministic signal of one interview: per answer, and across the interview. */
export function analyzeInterview({ job, resume, transcript }: TAnalyzeInterviewInput): TInterviewSignals {
  const turns = transcript.turns;
  const turnRequirements = mapTurnsToRequirements(turns, job.requirements);
  const requirementsById = new Map(job.requirements.map((requirement) => [requirement.id, requirement]));
  const claimsById = new Map(resume.claims.map((claim) => [claim.id, claim]));

  // The domain's vocabulary, read once: the job's and the resume's words.
  const domainLemmas = new Set(contentLemmas(`${job.text}\n${resume.text}`));
  const domainNames = new Set(namesOf(`${job.text}\n${resume.text}`));
  const answers = turns.map((turn, index) =>
    analyzeAnswer({
      turn: index + 1,
      turnId: turn.id,
      question: turn.question,
      answer: turn.answer,
      topicText: [
        ...turnRequirements[index]!.map((id) => requirementsById.get(id)?.text ?? ''),
        ...turn.claimIds.map((id) => claimsById.get(id)?.text ?? ''),
      ].join('\n'),
      domainLemmas,
      domainNames,
    }),
  );

  const manipulation: TQuote[] = [
    ...findResumeManipulation(resume),
    ...answers.flatMap((signals) =>
      signals.instructionLike.map((text) => ({ source: 'transcript' as const, turn: signals.turn, text })),
    ),
  ];

  const pastedTurns = turns.flatMap((turn, index) => {
    const pasted = (turn.events ?? [])
      .filter((event) => event.kind === 'paste')
      .reduce((sum, event) => sum + (event.characters ?? 0), 0);
    return turn.answer.trim().length > 0 && pasted >= turn.answer.trim().length * 0.5 ? [index + 1] : [];
  });

  return {
    answers,
    turnRequirements,
    pastedTurns,
    registerShifts: findRegisterShifts(turns),
    manipulation,
    undemonstratedClaims: findUndemonstratedClaims({ job, resume, transcript }, turnRequirements, answers),
    contradictions: findContradictions(turns, resume, answers),
  };
}

/**
 * Resume claims on a topic the interview probed, where the candidate could not answer ("I don't
 * know") and nothing on that topic was better than weak: the resume says more than the candidate
 * can speak to.
 */
function findUndemonstratedClaims(
  { job, resume, transcript }: TAnalyzeInterviewInput,
  turnRequirements: string[][],
  answers: TInterviewSignals['answers'],
): TUndemonstratedClaim[] {
  const groups: number[][] = [];
  transcript.turns.forEach((turn, index) => {
    if (turn.type === 'Closing') return;
    const parentIndex = turn.followUpOf
      ? transcript.turns.findIndex((other) => other.id === turn.followUpOf)
      : -1;
    const group =
      turn.type === 'Follow-up' ? (groups.find((g) => g.includes(parentIndex)) ?? groups.at(-1)) : undefined;
    if (group) group.push(index);
    else groups.push([index]);
  });

  const undemonstrated = new Map<string, TUndemonstratedClaim>();
  for (const allTurns of groups) {
    // A skipped question is no evidence either way.
    const group = allTurns.filter((index) => !answers[index]!.isSkip);
    if (group.length === 0) continue;
    const verdicts = group.map((index) => rateAnswer(answers[index]!));
    if (verdicts.some((verdict) => verdict === 'adequate' || verdict === 'strong')) continue;
    // Only "I don't know" on a topic the resume claims says the resume claims more than the
    // candidate can speak to; an honest "I haven't" about something never claimed is a gap.
    if (!verdicts.includes('non_answer')) continue;
    const requirementIds = [...new Set(group.flatMap((index) => turnRequirements[index]!))];
    const topic = new Set(
      [
        ...group.flatMap((index) => extractKeywords(transcript.turns[index]!.question)),
        ...requirementIds.flatMap((id) => job.requirements.find((r) => r.id === id)?.keywords ?? []),
      ].filter((word) => !GENERIC_KEYWORDS.has(word)),
    );
    const probedClaimIds = new Set(group.flatMap((index) => transcript.turns[index]!.claimIds));
    for (const claim of resume.claims) {
      if (claim.kind === 'education' || claim.kind === 'certification') continue;
      const shared = claim.keywords.filter((word) => topic.has(word));
      if (!probedClaimIds.has(claim.id) && shared.length < 2) continue;
      const existing = undemonstrated.get(claim.id);
      const turnsProbed = group.map((index) => index + 1);
      if (existing) {
        existing.probedTurns = [...new Set([...existing.probedTurns, ...turnsProbed])];
        existing.requirementIds = [...new Set([...existing.requirementIds, ...requirementIds])];
      } else {
        undemonstrated.set(claim.id, {
          claimId: claim.id,
          claim: claim.text,
          requirementIds,
          probedTurns: turnsProbed,
        });
      }
    }
  }
  return [...undemonstrated.values()];
}
