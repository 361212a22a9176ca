import { LIMITS } from './limits.js';

/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`, found by one linear scan that
 * skips strings, before JSON.parse sees it: a 10 MB `[[[…]]]` is refused in microseconds instead
 * of blocking for seconds. Does not validate the JSON otherwise (JSON.parse does that next).
 */
export function exceedsJsonDepth(text: string, maxDepth: number = LIMITS.maxJsonDepth): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c) index++;
      else if (character === 0x22) inString = false;
      continue;
    }
    if (character === 0x22) inString = true;
    else if (character === 0x5b || character === 0x7b) {
      depth++;
      if (depth > maxDepth) return true;
    } else if (character === 0x5d || character === 0x7d) depth--;
  }
  return false;
}
