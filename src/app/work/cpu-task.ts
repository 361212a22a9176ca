import type { TCandorErrorCode } from '../../core/candor-error.js';
import type { TPlanInterviewInput } from '../../core/plan/plan-interview.js';
import type { TEvaluateOfflineInput } from '../../core/rubric/evaluate-offline.js';

/** An uploaded file: its bytes and the name it was sent under (errors name it). */
export type TUpload = { bytes: Uint8Array; fileName: string };

/**
 * Work a worker thread does: read an uploaded document (written to a private temporary file
 * there), plan an interview, or judge one with the rubric engine.
 */
export type TCpuTask =
  | { kind: 'readJob'; upload: TUpload }
  | { kind: 'readResume'; upload: TUpload }
  | { kind: 'planInterview'; input: TPlanInterviewInput }
  | { kind: 'evaluateOffline'; input: TEvaluateOfflineInput };

/**
 * A task's outcome as it crosses the thread boundary: errors travel as plain data (a thrown
 * CandorError would lose its code and location in structured cloning).
 */
export type TCpuTaskOutcome =
  | { ok: true; value: unknown }
  | { ok: false; code: TCandorErrorCode | 'internal'; message: string; location?: string };
