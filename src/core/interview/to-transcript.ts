import type { TTranscript, TTurn } from '../transcript.js';
import type { TInterviewState } from './interview-state.js';

/** The interview's answered turns in Candor's transcript form (the unanswered pending question is left out). */
export function toTranscript(state: TInterviewState): TTranscript {
  const turns: TTurn[] = [];
  for (const turn of state.turns) {
    if (turn.answer === undefined) continue;
    const responseMs =
      turn.answeredAt === undefined
        ? undefined
        : Math.max(0, Date.parse(turn.answeredAt) - Date.parse(turn.askedAt));
    turns.push({
      id: turn.id,
      type: turn.type,
      question: turn.question,
      answer: turn.answer,
      ...(turn.questionId === undefined ? {} : { questionId: turn.questionId }),
      requirementIds: [...turn.requirementIds],
      claimIds: [...turn.claimIds],
      ...(turn.followUpOf === undefined ? {} : { followUpOf: turn.followUpOf }),
      ...(turn.followUpReason === undefined ? {} : { followUpReason: turn.followUpReason }),
      wordedBy: turn.wordedBy,
      ...(turn.wordingNote === undefined ? {} : { wordingNote: turn.wordingNote }),
      askedAt: turn.askedAt,
      ...(turn.answeredAt === undefined ? {} : { answeredAt: turn.answeredAt }),
      ...(responseMs === undefined || Number.isNaN(responseMs) ? {} : { responseMs }),
      ...(turn.skipped === true ? { skipped: true } : {}),
    });
  }
  return { version: 1, turns };
}
