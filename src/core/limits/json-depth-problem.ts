import { LIMITS } from './limits.js';

/** The sentence an error gives for JSON nested deeper than the limit (see exceedsJsonDepth). */
export function jsonDepthProblem(): string {
  return `JSON nested more than ${LIMITS.maxJsonDepth} levels deep, the most Candor reads (limit maxJsonDepth); no real document is. Check that it is the right file.`;
}
