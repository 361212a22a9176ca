/** Words a wrapped line can end on when the sentence goes on in the next line. */
const DANGLING_WORDS =
  /\b(?:a|an|the|and|or|of|in|on|at|to|for|from|with|by|via|as|into|onto|over|under|including|such|than|that|which|who|across|using|per|between|within|without|our|their|its|my|your)$/i;

/**
 * Whether `current` continues the sentence on `previous` (a line wrapped by a PDF or a
 * hard-wrapped text file) rather than starting a new item. Deliberately conservative: a line
 * starting with a capital after a complete-looking line is a new item, so lists without bullet
 * markers ("5+ years of Python" / "Experience with AWS") keep their items apart.
 */
export function isContinuationLine(previous: string, current: string): boolean {
  if (previous.length === 0 || current.length === 0) return false;
  if (/^[a-z(]/.test(current)) return true;
  if (/[,&/–—-]$/.test(previous)) return !/[.!?:;]$/.test(previous);
  return DANGLING_WORDS.test(previous);
}
