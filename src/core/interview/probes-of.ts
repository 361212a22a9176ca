import type { TProbe } from './decide-follow-up.js';
import type { TInterviewState } from './interview-state.js';

/** The follow-ups asked so far on one plan question, in order, with whether each was a tentative one. */
export function probesOf(state: TInterviewState, questionId: string): TProbe[] {
  const probes: TProbe[] = [];
  for (const turn of state.turns) {
    if (turn.questionId !== questionId || turn.followUpReason === undefined) continue;
    const probed = state.turns.find((candidate) => candidate.id === turn.followUpOf);
    const tentative = probed?.decision?.action === 'follow_up' && probed.decision.tentative === true;
    probes.push(tentative ? { reason: turn.followUpReason, tentative } : { reason: turn.followUpReason });
  }
  return probes;
}
