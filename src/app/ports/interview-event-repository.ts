import type { TInterviewEventRecord } from './records.js';

export type TInterviewEventRow = TInterviewEventRecord;

/** The paste and focus events an interview room sent with its answers (integrity signals). */
export type TInterviewEventRepository = {
  /** An interview's events in the order they happened. */
  list(sessionId: string): Promise<Pick<TInterviewEventRow, 'turn_id' | 'kind' | 'at' | 'characters'>[]>;
};
