import type { MiddlewareHandler } from 'hono';
import { CandorError } from '../core/candor-error.js';
import { findJsonOverLimits } from '../core/limits/find-json-over-limits.js';
import { jsonDepthProblem } from '../core/limits/json-depth-problem.js';
import { LIMITS } from '../core/limits/limits.js';
import type { TServerEnv } from './server-env.js';

/**
 * Refuses a JSON request body nested deeper than LIMITS.maxJsonDepth, or holding more than
 * LIMITS.maxJsonValues values, before any route parses or validates it (413 `limit_exceeded`):
 * JSON.parse and schema validation of a megabyte of `[[[…` or of 40,000 items block the event loop,
 * the scan does not. The body's bytes are read once and scanned undecoded; routes decode and parse
 * the cached bytes.
 */
export function rejectDeepJson(): MiddlewareHandler<TServerEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    if (!/\bjson\b/i.test(c.req.header('content-type') ?? '')) return next();
    const over = findJsonOverLimits(new Uint8Array(await c.req.arrayBuffer()));
    if (over === 'maxJsonDepth')
      throw new CandorError('limit_exceeded', `The request body is ${jsonDepthProblem()}`);
    if (over === 'maxJsonValues') {
      throw new CandorError(
        'limit_exceeded',
        `The request body holds more than ${LIMITS.maxJsonValues.toLocaleString('en-US')} JSON values, the most one request may send (limit maxJsonValues).`,
      );
    }
    return next();
  };
}
