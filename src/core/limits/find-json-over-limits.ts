import { LIMITS } from './limits.js';

/**
 * Which structural limit JSON text exceeds, found by one linear scan that skips strings, before
 * JSON.parse sees it: nesting deeper than `maxDepth` (a 10 MB `[[[…]]]`), or more than
 * `maxValues` items and members (40,000 requirements in one body). Parsing either blocks for
 * seconds; the scan takes microseconds per kilobyte. Takes the text or its UTF-8 bytes (the
 * characters it looks at are ASCII, which UTF-8 never uses inside other characters), so a refused
 * request body is never decoded. Does not validate the JSON otherwise.
 */
export function findJsonOverLimits(
  text: string | Uint8Array,
  limits: { maxDepth: number; maxValues: number } = {
    maxDepth: LIMITS.maxJsonDepth,
    maxValues: LIMITS.maxJsonValues,
  },
): 'maxJsonDepth' | 'maxJsonValues' | null {
  let depth = 0;
  let values = 0;
  let inString = false;
  const isString = typeof text === 'string';
  for (let index = 0; index < text.length; index++) {
    const character = isString ? text.charCodeAt(index) : (text[index] ?? 0);
    if (inString) {
      if (character === 0x5c) index++;
      else if (character === 0x22) inString = false;
      continue;
    }
    if (character === 0x22) inString = true;
    else if (character === 0x5b || character === 0x7b) {
      depth++;
      if (depth > limits.maxDepth) return 'maxJsonDepth';
      values++;
    } else if (character === 0x5d || character === 0x7d) depth--;
    else if (character === 0x2c) values++;
    if (values > limits.maxValues) return 'maxJsonValues';
  }
  return null;
}
