import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CandorError } from '../core/candor-error.js';

/**
 * One model call, as the audit log keeps it. Never candidate text: only what was called, when,
 * how it went and what it cost in tokens.
 */
export type TAuditEntry = {
  /** ISO 8601 time the call started. */
  at: string;
  promptVersion: string;
  /** `provider:model`. */
  model: string;
  /** What the call was for, e.g. `judgement`. */
  operation: string;
  /** As the provider reported them (null when it did not, or the call failed). */
  inputTokens: number | null;
  outputTokens: number | null;
  /** Candor's own estimate of the request's input tokens (o200k_base), when it made one. */
  estimatedInputTokens?: number;
  latencyMs: number;
  ok: boolean;
  /** A short category, never the provider's body or candidate text: `HTTP 429`, `timeout`, `malformed reply: …`. */
  error?: string;
  /** 1-based number of this request within its operation (provider retries and re-asks count up). */
  attempt: number;
  /** With `--samples N`: which sampled judgement this call belongs to. */
  sample?: number;
};

/** Where model calls are recorded. */
export type TAuditLog = { record(entry: TAuditEntry): Promise<void> | void };

/**
 * An audit log appending one JSON line per call to `path` (its folder is created). Writes are
 * queued so lines keep their order; a failed write rejects with CandorError('storage_failed').
 */
export function createFileAuditLog(path: string): TAuditLog {
  let queue: Promise<void> = Promise.resolve();
  return {
    record(entry) {
      const write = async () => {
        try {
          await mkdir(dirname(path), { recursive: true, mode: 0o700 });
          await appendFile(path, `${JSON.stringify(entry)}\n`, { encoding: 'utf8', mode: 0o600 });
        } catch (error) {
          throw new CandorError(
            'storage_failed',
            `Could not write the audit log ${path}: ${(error as Error).message}`,
            {
              location: path,
              cause: error,
            },
          );
        }
      };
      const written = queue.then(write);
      queue = written.catch(() => undefined);
      return written;
    },
  };
}

/** An audit log kept in memory, for tests and for callers that store entries themselves. */
export function createMemoryAuditLog(): TAuditLog & { readonly entries: TAuditEntry[] } {
  const entries: TAuditEntry[] = [];
  return {
    entries,
    record(entry) {
      entries.push({ ...entry });
    },
  };
}
