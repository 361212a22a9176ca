import type { z } from 'zod';
import { ZProblem } from '../contract/api-schemas.js';

/** A JSON body or response in the OpenAPI document. */
export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

const PROBLEM_DESCRIPTIONS = {
  400: 'The request does not match its schema (problem+json names the field)',
  401: 'Not signed in, or the API token is not valid',
  403: 'Your role does not allow it, or a cookie-authenticated change lacks its CSRF token or came from another site',
  404: 'No such record in your organisation',
  409: 'Conflicts with what is stored',
  410: 'The interview link expired or was revoked',
  413: 'The request body is too large',
  415: 'The body is of a type the endpoint does not take',
  422: 'A document or plan that cannot be used (the problem names it)',
  429: 'Too many requests: wait Retry-After seconds',
  501: 'Not available on this installation',
} as const;

/** The problem+json answers an endpoint may give, for the OpenAPI document. */
export function problems<S extends keyof typeof PROBLEM_DESCRIPTIONS>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        content: { 'application/problem+json': { schema: ZProblem } },
        description: PROBLEM_DESCRIPTIONS[status],
      },
    ]),
  ) as unknown as {
    [K in S]: { content: { 'application/problem+json': { schema: typeof ZProblem } }; description: string };
  };
}
