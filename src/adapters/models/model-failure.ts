import {
  APICallError,
  JSONParseError,
  type LanguageModel,
  type LanguageModelMiddleware,
  NoObjectGeneratedError,
  NoOutputGeneratedError,
  RetryError,
  TypeValidationError,
  wrapLanguageModel,
} from 'ai';
import type { TAuditEntry } from '../audit-log.js';

/**
 * What went wrong in a model call, in Candor's terms: never a provider's body or candidate text,
 * so it can go into notes, the audit log and error messages. Shared by every model call
 * (the judgement, the plan's wording, a question's wording).
 */
export type TModelFailure = {
  kind: 'malformed' | 'timeout' | 'http' | 'network' | 'other';
  status?: number;
  /** How many requests the AI SDK made before giving up. */
  attempts: number;
  detail: string;
};

/** One HTTP request to a model, as the audit log records it (the caller adds model, operation, …). */
export type TModelCall = Omit<TAuditEntry, 'promptVersion' | 'model' | 'operation' | 'attempt' | 'sample'>;

type TV3Model = Extract<LanguageModel, { specificationVersion: 'v3' }>;

/** `what` names the expected output in messages ("judgement", "plan wording"). */
export function describeModelFailure(
  error: unknown,
  timeoutMs: number | undefined,
  what = 'reply',
): TModelFailure {
  const attempts = RetryError.isInstance(error) ? error.errors.length : 1;
  const cause = RetryError.isInstance(error) ? error.lastError : error;

  if (isTimeout(cause)) {
    return {
      kind: 'timeout',
      attempts,
      detail: timeoutMs === undefined ? 'timed out' : `no reply within ${formatSeconds(timeoutMs)}`,
    };
  }
  if (NoObjectGeneratedError.isInstance(cause) || NoOutputGeneratedError.isInstance(cause)) {
    return { kind: 'malformed', attempts, detail: malformedDetail(cause, what) };
  }
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode;
    if (status !== undefined && status >= 200 && status < 300) {
      return {
        kind: 'malformed',
        attempts,
        status,
        detail: 'the response body was not a valid chat completion',
      };
    }
    if (status !== undefined) return { kind: 'http', status, attempts, detail: shorten(cause.message) };
    return { kind: 'network', attempts, detail: shorten(cause.message) };
  }
  return {
    kind: 'other',
    attempts,
    detail: shorten(cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)),
  };
}

export function isTimeout(error: unknown): boolean {
  return (
    (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) &&
    (error.name === 'TimeoutError' || error.name === 'AbortError')
  );
}

function malformedDetail(error: NoObjectGeneratedError | NoOutputGeneratedError, what: string): string {
  if (NoOutputGeneratedError.isInstance(error)) return 'the reply was empty';
  const cause = error.cause;
  if (JSONParseError.isInstance(cause)) return 'not JSON';
  if (TypeValidationError.isInstance(cause)) {
    const path = firstIssuePath(cause.cause);
    return `JSON that does not match the ${what} schema${path === undefined ? '' : ` at ${path}`}`;
  }
  return error.finishReason === 'length' ? 'cut off at the output token limit' : `not a ${what}`;
}

/** The path of the first schema issue (never the value, which may hold candidate text). */
function firstIssuePath(error: unknown): string | undefined {
  const issues = (error as { issues?: { path?: PropertyKey[] }[] } | undefined)?.issues;
  const path = Array.isArray(issues) ? issues[0]?.path : undefined;
  if (path === undefined || path.length === 0) return undefined;
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

/** A short category for the audit log: no provider body, no candidate text. */
export function auditCategory(failure: TModelFailure): string {
  switch (failure.kind) {
    case 'http':
      return `HTTP ${failure.status}`;
    case 'timeout':
      return 'timeout';
    case 'network':
      return 'network error';
    case 'malformed':
      return `malformed reply: ${failure.detail}`;
    case 'other':
      return 'error';
    default: {
      const unreachable: never = failure.kind;
      return unreachable;
    }
  }
}

export function isObservable(model: LanguageModel): model is TV3Model {
  return typeof model === 'object' && model.specificationVersion === 'v3';
}

/**
 * The model, wrapped so each request the AI SDK makes (its retries included) is timed and counted
 * in `calls`. `onRetryable` hears of a failed request the SDK may retry. Models that are not v3
 * objects are returned as they are (the caller records one call instead).
 */
export function observeModelCalls(
  model: LanguageModel,
  calls: TModelCall[],
  now: () => number,
  onRetryable?: (category: string) => void,
): LanguageModel {
  if (!isObservable(model)) return model;
  const middleware: LanguageModelMiddleware = {
    specificationVersion: 'v3',
    wrapGenerate: async ({ doGenerate }) => {
      const started = now();
      const at = new Date(started).toISOString();
      try {
        const result = await doGenerate();
        calls.push({
          at,
          latencyMs: now() - started,
          inputTokens: result.usage.inputTokens.total ?? null,
          outputTokens: result.usage.outputTokens.total ?? null,
          ok: true,
        });
        return result;
      } catch (error) {
        const category = auditCategory(describeModelFailure(error, undefined));
        calls.push({
          at,
          latencyMs: now() - started,
          inputTokens: null,
          outputTokens: null,
          ok: false,
          error: category,
        });
        if (APICallError.isInstance(error) && error.isRetryable) onRetryable?.(category);
        throw error;
      }
    },
  };
  return wrapLanguageModel({ model, middleware });
}

export function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

export function shorten(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}
