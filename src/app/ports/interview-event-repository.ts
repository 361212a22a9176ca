import type { Insertable, Selectable } from 'kysely';
import type { TInterviewEventsTable } from '../../adapters/storage/database-schema.js';

export type TInterviewEventRow = Selectable<TInterviewEventsTable>;

/** The paste and focus events an interview room sent with its answers (integrity signals). */
export type TInterviewEventRepository = {
  /** An interview's events in the order they happened. */
  list(sessionId: string): Promise<Pick<TInterviewEventRow, 'turn_id' | 'kind' | 'at' | 'characters'>[]>;
  insert(rows: readonly Insertable<TInterviewEventsTable>[]): Promise<void>;
};
