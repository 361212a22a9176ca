import type { TProblem } from './types';

/**
 * A failed API call, with the server's problem+json details. `detail` is written for the user;
 * `code` is Candor's stable error code ('network' when the server could not be reached).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly field: string | undefined;

  constructor(input: { status: number; code: string; detail: string; title?: string; field?: string }) {
    super(input.detail);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = input.code;
    this.detail = input.detail;
    this.field = input.field;
  }

  static isInstance(value: unknown): value is ApiError {
    return value instanceof ApiError;
  }

  get isNetworkError(): boolean {
    return this.code === 'network';
  }
}

export const NETWORK_ERROR_DETAIL = 'Candor could not be reached. Check your connection and try again.';

/** What to show the user for any thrown value. */
export function describeError(error: unknown): string {
  if (ApiError.isInstance(error)) return error.detail;
  if (error instanceof Error && error.message !== '') return error.message;
  return 'Something went wrong. Please try again.';
}

let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

/** The session's CSRF token (from GET /api/me or sign-in), sent as x-csrf-token on every change. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when a recruiter call answers 401 (the session expired or was signed out elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

type TMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type TRequestOptions = {
  /** A JSON-serialisable body, or FormData for uploads. */
  body?: unknown;
  signal?: AbortSignal;
  /** Do not call the unauthorized handler on 401 (sign-in, /api/me, the interview room). */
  isAnonymous?: boolean;
  /** Extra headers (e.g. accept: text/event-stream). */
  headers?: Record<string, string>;
};

/** Sends a request and returns the raw Response when it is ok; throws ApiError otherwise. */
export async function send(method: TMethod, path: string, options: TRequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network', detail: NETWORK_ERROR_DETAIL });
  }
  if (response.ok) return response;
  const problem = await readProblem(response);
  if (response.status === 401 && !options.isAnonymous) onUnauthorized?.();
  throw problem;
}

/** Sends a request and parses the JSON answer (undefined for an empty body). */
export async function request<T>(method: TMethod, path: string, options: TRequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  const text = await response.text();
  if (text.trim() === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError({
      status: response.status,
      code: 'bad_response',
      detail: 'Candor answered with something unexpected. Please reload the page.',
    });
  }
}

export async function readProblem(response: Response): Promise<ApiError> {
  const fallback = `The request failed (${response.status}${response.statusText ? ` ${response.statusText}` : ''}).`;
  try {
    const problem = (await response.json()) as Partial<TProblem>;
    return new ApiError({
      status: response.status,
      code: typeof problem.code === 'string' ? problem.code : `http_${response.status}`,
      detail:
        typeof problem.detail === 'string' && problem.detail !== ''
          ? problem.detail
          : typeof problem.title === 'string' && problem.title !== ''
            ? problem.title
            : fallback,
      ...(typeof problem.field === 'string' ? { field: problem.field } : {}),
    });
  } catch {
    return new ApiError({ status: response.status, code: `http_${response.status}`, detail: fallback });
  }
}
