import type { TSimpleTranscriptEntry, TTranscript } from '../transcript.js';

/** The seed pipeline's form: `{type, question, answer}` per turn. */
export function toSimpleTranscript(transcript: TTranscript): TSimpleTranscriptEntry[] {
  return transcript.turns.map((turn) => ({ type: turn.type, question: turn.question, answer: turn.answer }));
}
