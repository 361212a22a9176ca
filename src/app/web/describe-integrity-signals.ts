import type { TTranscript } from '../../core/transcript.js';

/** Answers slower than this are worth a look at; the room's clock is the server's. */
const SLOW_ANSWER_MS = 10 * 60_000;

/**
 * The room's signals in words, for the report's notes: how often the candidate left the
 * interview's tab, which answers were mostly pasted, which took very long. Signals to ask about,
 * never a reason to reject on their own (the report says so). Empty when there is nothing to say.
 */
export function describeIntegritySignals(transcript: TTranscript): string[] {
  const left: string[] = [];
  const pasted: string[] = [];
  const slow: string[] = [];
  for (const turn of transcript.turns) {
    const events = turn.events ?? [];
    const blurs = events.filter((event) => event.kind === 'blur').length;
    if (blurs > 0) left.push(`${turn.id} (${blurs}×)`);
    const pastedCharacters = events
      .filter((event) => event.kind === 'paste')
      .reduce((sum, event) => sum + (event.characters ?? 0), 0);
    if (pastedCharacters > 0) pasted.push(`${turn.id} (${pastedCharacters} characters)`);
    if (turn.responseMs !== undefined && turn.responseMs > SLOW_ANSWER_MS) {
      slow.push(`${turn.id} (${Math.round(turn.responseMs / 60_000)} min)`);
    }
  }
  const parts: string[] = [];
  if (left.length > 0) parts.push(`left the interview tab while answering ${left.join(', ')}`);
  if (pasted.length > 0) parts.push(`pasted text into ${pasted.join(', ')}`);
  if (slow.length > 0) parts.push(`took long to answer ${slow.join(', ')}`);
  if (parts.length === 0) return [];
  return [
    `Interview room signals: the candidate ${parts.join('; ')}. These are prompts for a conversation, never a reason to reject on their own.`,
  ];
}
