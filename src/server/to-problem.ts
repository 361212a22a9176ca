import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import {
  classifyStorageFault,
  STORAGE_FAULT_DESCRIPTIONS,
} from '../adapters/storage/classify-storage-fault.js';
import type { TProblem } from '../contract/api-schemas.js';
import { CandorError } from '../core/candor-error.js';
import { STATUS_BY_CODE, TITLE_BY_CODE, type TProblemCode } from './problem-status.js';

export type TProblemAnswer = { problem: TProblem; headers: Record<string, string> };

/** `plan.questions[2].text` from zod's path. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out.length === 0 ? String(part) : `.${String(part)}`;
  }
  return out;
}

function problemOf(code: TProblemCode, detail: string, field?: string): TProblem {
  return {
    type: `urn:candor:problem:${code}`,
    title: TITLE_BY_CODE[code],
    status: STATUS_BY_CODE[code],
    detail,
    code,
    ...(field === undefined || field === '' ? {} : { field }),
  };
}

/** Problems from a request's shape: each issue (up to five) named by its field; `field` is the first's. */
export function validationProblem(error: ZodError): TProblem {
  const first = error.issues[0];
  const field = first === undefined ? undefined : formatPath(first.path);
  const described = error.issues.slice(0, 5).map((issue) => {
    const path = formatPath(issue.path);
    return `${path ? `${path}: ` : ''}${issue.message}`;
  });
  const more = error.issues.length - described.length;
  const detail = `${described.join('; ') || 'invalid request'}${more > 0 ? ` (and ${more} more)` : ''}`;
  return problemOf('invalid_argument', detail, field);
}

const HTTP_CODES: Record<number, TProblemCode> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/**
 * Any thrown value as problem+json. Candor's errors keep their code and message; a server fault
 * says only that it happened (the details go to the log, `log`), never internals.
 */
export function toProblem(error: unknown, log: (error: unknown) => void = () => {}): TProblemAnswer {
  // A database fault is named, in the log and the answer, whatever layer it surfaced through.
  const fault =
    !CandorError.isInstance(error) || error.code === 'storage_failed'
      ? classifyStorageFault(error)
      : undefined;
  if (fault !== undefined) {
    const description = STORAGE_FAULT_DESCRIPTIONS[fault];
    const message = error instanceof Error ? error.message : String(error);
    log(new CandorError('storage_failed', `Storage failed: ${description}: ${message}`, { cause: error }));
    const isPassing = fault === 'locked' || fault === 'connection_lost';
    return {
      problem: problemOf(
        'storage_failed',
        `The server could not save or read its data: ${description}. ${isPassing ? 'Try again in a moment.' : 'Nothing more can be saved until the administrator fixes it.'}`,
      ),
      headers: isPassing ? { 'retry-after': '5' } : {},
    };
  }
  if (CandorError.isInstance(error)) {
    // 'not_implemented' (501) is a feature this installation lacks, not a fault: said as it is.
    if (STATUS_BY_CODE[error.code] >= 500 && error.code !== 'not_implemented') {
      log(error);
      const detail =
        error.code === 'storage_failed'
          ? 'The server could not read or write its database. Try again; if it persists, tell the administrator.'
          : error.message;
      return { problem: problemOf(error.code, detail), headers: {} };
    }
    // A document's location is a server-side path: only the field it came in is named.
    const field = error.code === 'invalid_document' ? undefined : error.location;
    return {
      problem: problemOf(error.code, error.message, field),
      headers:
        error.retryAfterSeconds === undefined ? {} : { 'retry-after': String(error.retryAfterSeconds) },
    };
  }
  if (error instanceof ZodError) return { problem: validationProblem(error), headers: {} };
  if (error instanceof HTTPException) {
    const code = HTTP_CODES[error.status];
    if (code !== undefined) {
      const detail =
        code === 'payload_too_large' ? 'The request is too large.' : error.message || TITLE_BY_CODE[code];
      return { problem: problemOf(code, detail), headers: {} };
    }
  }
  log(error);
  return {
    problem: problemOf(
      'internal_error',
      'Something went wrong on the server. Try again; if it persists, tell the administrator.',
    ),
    headers: {},
  };
}

/** The problem as a Response. */
export function problemResponse(answer: TProblemAnswer): Response {
  return new Response(JSON.stringify(answer.problem), {
    status: answer.problem.status,
    headers: { 'content-type': 'application/problem+json', ...answer.headers },
  });
}
