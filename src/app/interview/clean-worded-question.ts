/** A question longer than this is not one question. */
export const MAX_WORDED_QUESTION_CHARACTERS = 600;

export type TCleanWordedQuestionResult =
  | { success: true; value: string }
  | { success: false; problem: string };

const LABEL = /^(?:\*\*)?(?:question|interviewer|next question|q)\s*[:：]\s*(?:\*\*)?\s*/i;
/** Planned questions are often requests ("Tell me about…", "Walk me through…") rather than questions. */
const REQUEST =
  /\b(?:tell|walk|talk|take|show) me\b|\b(?:describe|explain|share|outline|give (?:me|an? |one))\b/i;
const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
  ['«', '»'],
];

/**
 * A model's worded question, made safe to ask: one paragraph, without a "Question:" label or
 * wrapping quotes. Refused when it is empty, too long, neither a question nor a request ("Tell me
 * about…"), several questions, or carries the prompt's tags (a sign it is echoing the prompt).
 */
export function cleanWordedQuestion(text: string): TCleanWordedQuestionResult {
  let value = text.replace(/\s+/g, ' ').trim();
  value = value.replace(LABEL, '').trim();
  for (const [open, close] of QUOTES) {
    if (value.length > 1 && value.startsWith(open) && value.endsWith(close)) {
      value = value.slice(open.length, value.length - close.length).trim();
    }
  }
  if (value.length === 0) return { success: false, problem: 'the reply was empty' };
  if (value.length > MAX_WORDED_QUESTION_CHARACTERS)
    return { success: false, problem: 'the reply was too long' };
  if (!value.includes('?') && !REQUEST.test(value)) {
    return { success: false, problem: 'the reply was not a question' };
  }
  if ((value.match(/\?/g) ?? []).length > 3)
    return { success: false, problem: 'the reply asked several questions' };
  if (
    /<\s*\/?\s*(candidate_answer|transcript|turn|question|guidance|draft|next_question|job)\b/i.test(value)
  ) {
    return { success: false, problem: 'the reply echoed the prompt' };
  }
  return { success: true, value };
}
