import type { TPlanInterviewInput } from '../../core/plan/plan-interview.js';

/** Work a worker thread does: read a document from a path, or plan an interview. */
export type TCpuTask =
  | { kind: 'loadJob'; path: string }
  | { kind: 'loadResume'; path: string }
  | { kind: 'planInterview'; input: TPlanInterviewInput };

/**
 * A task's outcome as it crosses the thread boundary: errors travel as plain data (a thrown
 * CandorError would lose its code and location in structured cloning).
 */
export type TCpuTaskOutcome =
  | { ok: true; value: unknown }
  | { ok: false; code: string; message: string; location?: string };
