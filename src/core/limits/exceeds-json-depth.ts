import { findJsonOverLimits } from './find-json-over-limits.js';
import { LIMITS } from './limits.js';

/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`, by a linear scan before
 * JSON.parse sees it (see findJsonOverLimits): a 10 MB `[[[…]]]` is refused in microseconds.
 */
export function exceedsJsonDepth(text: string, maxDepth: number = LIMITS.maxJsonDepth): boolean {
  return findJsonOverLimits(text, { maxDepth, maxValues: Number.POSITIVE_INFINITY }) === 'maxJsonDepth';
}
