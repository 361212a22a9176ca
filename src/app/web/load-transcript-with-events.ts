import type { TInterviewState } from '../../core/interview/interview-state.js';
import { toTranscript } from '../../core/interview/to-transcript.js';
import type { TTranscript, TTurnEvent } from '../../core/transcript.js';
import { repositoriesOf } from './repositories-of.js';
import type { TWebContext } from './web-context.js';

/** The interview's transcript with the paste and focus events the room recorded on each turn. */
export async function loadTranscriptWithEvents(
  context: TWebContext,
  sessionId: string,
  state: TInterviewState,
): Promise<TTranscript> {
  const transcript = toTranscript(state);
  const rows = await repositoriesOf(context).interviews.listEvents(sessionId);
  const byTurn = new Map<string, TTurnEvent[]>();
  for (const row of rows) {
    if (row.kind !== 'paste' && row.kind !== 'blur' && row.kind !== 'focus') continue;
    const events = byTurn.get(row.turn_id) ?? [];
    events.push({
      kind: row.kind,
      at: row.at,
      ...(row.characters === null ? {} : { characters: row.characters }),
    });
    byTurn.set(row.turn_id, events);
  }
  return {
    ...transcript,
    turns: transcript.turns.map((turn) => {
      const events = byTurn.get(turn.id);
      return events === undefined ? turn : { ...turn, events };
    }),
  };
}
