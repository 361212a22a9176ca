import type { TAnswerAssessment, TQuote, TRedFlag } from '../evaluation.js';
import type { TJob } from '../job.js';
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

  if (signals.undemonstratedClaims.length > 0) {
    const mustIds = new Set(job.requirements.filter((r) => r.priority === 'must').map((r) => r.id));
    const probedTurns = [...new Set(signals.undemonstratedClaims.flatMap((claim) => claim.probedTurns))].sort(
      (a, b) => a - b,
    );
    const requirementIds = [
      ...new Set(signals.undemonstratedClaims.flatMap((claim) => claim.requirementIds)),
    ];
    const nonAnswerTurns = probedTurns.filter((turn) => answers[turn - 1]?.verdict === 'non_answer');
    const onMustHave = requirementIds.some((id) => mustIds.has(id));
    const severity = onMustHave && nonAnswerTurns.length > 0 ? 'high' : 'medium';
    const claims = signals.undemonstratedClaims.slice(0, 3);
    const answerTurns = [
      ...nonAnswerTurns,
      ...probedTurns.filter((turn) => !nonAnswerTurns.includes(turn)),
    ].slice(0, 3);
    flags.push({
      kind: 'resume_discrepancy',
      severity,
      summary:
        `The resume claims experience the interview did not bear out: when probed on ${requirementIds.length > 0 ? requirementIds.join(', ') : 'these topics'} (turns ${probedTurns.join(', ')}), ` +
        `no answer was better than weak${nonAnswerTurns.length > 0 ? `, and turn ${nonAnswerTurns.join(', ')} drew a non-answer` : ''}.`,
      evidence: [
        ...claims.map((claim) => ({ source: 'resume' as const, text: claim.claim })),
        ...answerTurns.map(answerQuote),
      ],
    });
  }

  for (const contradiction of signals.contradictions) {
    flags.push({
      kind: 'inconsistency',
      severity: 'medium',
      summary: contradiction.description,
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

  const assessed = answers.filter((answer) => answer.type !== 'Closing');
  const deflections = assessed.filter((answer) => {
    const answerSignals = signals.answers[answer.turn - 1]!;
    return !answerSignals.isNonAnswer && answerSignals.relevance === 0 && !answerSignals.addressesQuestion;
  });
  const skips = assessed.filter((answer) => signals.answers[answer.turn - 1]!.isSkip);
  if (deflections.length >= 2 || skips.length >= 2) {
    const parts: string[] = [];
    if (deflections.length >= 2)
      parts.push(
        `${deflections.length} answers (turns ${deflections.map((a) => a.turn).join(', ')}) did not engage with the question asked`,
      );
    if (skips.length >= 2)
      parts.push(`${skips.length} questions were skipped (turns ${skips.map((a) => a.turn).join(', ')})`);
    flags.push({
      kind: 'evasive',
      severity: 'medium',
      summary: `${parts.join('; ')}. Saying "I don't know" is not counted here: only replies that talk past the question.`,
      evidence: [...deflections, ...skips].slice(0, 4).map((answer) => answerQuote(answer.turn)),
    });
  }
  return flags;
}
