import type { MiddlewareHandler } from 'hono';
import { CandorError } from '../core/candor-error.js';
import { exceedsJsonDepth } from '../core/limits/exceeds-json-depth.js';
import { jsonDepthProblem } from '../core/limits/json-depth-problem.js';
import type { TServerEnv } from './server-env.js';

/**
 * Refuses a JSON request body nested deeper than LIMITS.maxJsonDepth before any route parses it
 * (413 `limit_exceeded`): JSON.parse of a megabyte of `[[[…` blocks the event loop, the scan does
 * not. The body is read once; routes parse the cached text.
 */
export function rejectDeepJson(): MiddlewareHandler<TServerEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    if (!/\bjson\b/i.test(c.req.header('content-type') ?? '')) return next();
    const text = await c.req.text();
    if (exceedsJsonDepth(text))
      throw new CandorError('limit_exceeded', `The request body is ${jsonDepthProblem()}`);
    return next();
  };
}
