import type { TAnswerAssessment, TQuote, TRedFlag } from '../evaluation.js';
import type { TJob } from '../job.js';
import { ADEQUATE_CONCRETENESS } from '../signals/rate-answer.js';
import type { TInterviewSignals } from '../signals/signals.js';
import type { TTranscript } from '../transcript.js';
import { quoteAnswer } from './quote-answer.js';

/**
 * Red flags from the signals. Each is a signal for a human reviewer with its evidence quoted —
 * never an automatic rejection (the recommendation policy caps, it does not reject, on flags).
 */
export function findRedFlags(
  job: TJob,
  transcript: TTranscript,
  signals: TInterviewSignals,
  answers: readonly TAnswerAssessment[],
): TRedFlag[] {
  const flags: TRedFlag[] = [];
  const answerQuote = (turn: number): TQuote => ({
    source: 'transcript',
    turn,
    text: quoteAnswer(transcript.turns[turn - 1]!.answer),
  });

  if (signals.manipulation.length > 0) {
    const where = [
      ...new Set(
        signals.manipulation.map((quote) =>
          quote.source === 'resume' ? 'the resume' : `turn ${quote.turn}`,
        ),
      ),
    ];
    flags.push({
      kind: 'manipulation_attempt',
      severity: 'high',
      summary: `Text addressed to the evaluator rather than the interviewer appears in ${where.join(' and ')}. It was treated as data: it earned nothing and is quoted here for a human to review.`,
      evidence: signals.manipulation,
    });
  }

  const mustIds = new Set(job.requirements.filter((r) => r.priority === 'must').map((r) => r.id));
  const resumeContradictions = signals.contradictions.filter(
    (contradiction) => contradiction.kind === 'resume',
  );
  if (signals.undemonstratedClaims.length > 0 || resumeContradictions.length > 0) {
    const probedTurns = [...new Set(signals.undemonstratedClaims.flatMap((claim) => claim.probedTurns))].sort(
      (a, b) => a - b,
    );
    const requirementIds = [
      ...new Set(signals.undemonstratedClaims.flatMap((claim) => claim.requirementIds)),
    ];
    const nonAnswerTurns = probedTurns.filter((turn) => answers[turn - 1]?.verdict === 'non_answer');
    const contradictedTurns = resumeContradictions.flatMap((c) =>
      c.evidence.flatMap((q) => (q.turn ? [q.turn] : [])),
    );
    const onMustHave =
      requirementIds.some((id) => mustIds.has(id)) ||
      contradictedTurns.some((turn) => signals.turnRequirements[turn - 1]?.some((id) => mustIds.has(id)));
    const parts = [
      ...resumeContradictions.map((contradiction) => contradiction.description),
      ...(signals.undemonstratedClaims.length > 0
        ? [
            `Probed on what the resume claims (${signals.undemonstratedClaims
              .slice(0, 2)
              .map((claim) => `"${claim.claim}"`)
              .join(', ')}), the candidate could not answer in turn ${nonAnswerTurns.join(', ')}.`,
          ]
        : []),
    ];
    flags.push({
      kind: 'resume_discrepancy',
      severity: onMustHave ? 'high' : 'medium',
      summary: `${parts.join(' ')} Worth raising with the candidate: the resume and the interview disagree.`,
      evidence: [
        ...resumeContradictions.flatMap((contradiction) => contradiction.evidence),
        ...signals.undemonstratedClaims
          .slice(0, 2)
          .map((claim) => ({ source: 'resume' as const, text: claim.claim })),
        ...nonAnswerTurns.slice(0, 2).map(answerQuote),
      ],
    });
  }

  for (const contradiction of signals.contradictions) {
    if (contradiction.kind !== 'interview') continue;
    flags.push({
      kind: 'inconsistency',
      severity: 'medium',
      summary: `${contradiction.description} The two answers cannot both be right; worth asking which holds.`,
      evidence: contradiction.evidence,
    });
  }

  if (signals.registerShifts.length > 0 || signals.pastedTurns.length > 0) {
    const parts = signals.registerShifts.map((shift) => shift.description);
    if (signals.pastedTurns.length > 0) {
      parts.push(`Most of the answer text in turn ${signals.pastedTurns.join(', ')} was pasted in.`);
    }
    flags.push({
      kind: 'assisted_answers',
      severity: 'medium',
      summary: `${parts.join(' ')} This can mean pasted or assisted answers; worth asking the candidate about, not a conclusion.`,
      evidence: [
        ...signals.registerShifts.flatMap((shift) => shift.evidence),
        ...signals.pastedTurns
          .filter((turn) => !signals.registerShifts.some((s) => s.fromTurn < turn && turn <= s.toTurn))
          .map(answerQuote),
      ],
    });
  }

  // Evasive: answers that talk past the question — on another subject, with nothing the question
  // asked for. A skip, an honest "I don't know" or "I haven't", and an answer in another language
  // are never counted.
  const offTopic = answers.filter((answer) => {
    const answerSignals = signals.answers[answer.turn - 1]!;
    return (
      answer.type !== 'Closing' &&
      !answerSignals.isNonAnswer &&
      answerSignals.isFullyRead &&
      answerSignals.stance !== 'negative' &&
      answerSignals.relevance === 0 &&
      answerSignals.concreteness < ADEQUATE_CONCRETENESS &&
      answerSignals.wordCount >= 8 &&
      !answerSignals.addressesQuestion &&
      answerSignals.instructionLike.length === 0
    );
  });
  if (offTopic.length >= 2) {
    flags.push({
      kind: 'evasive',
      severity: 'medium',
      summary: `${offTopic.length} answers (turns ${offTopic.map((a) => a.turn).join(', ')}) talk about something other than what was asked. Skips and honest "I don't know" or "I haven't" answers are not counted here.`,
      evidence: offTopic.slice(0, 4).map((answer) => answerQuote(answer.turn)),
    });
  }
  return flags;
}
