import type { z } from 'zod';
import { CandorError } from '../candor-error.js';
import { type TInterviewPlan, ZInterviewPlan } from './interview-plan.js';

export type TSafeParsePlanResult =
  | { success: true; value: TInterviewPlan }
  | { success: false; error: CandorError };

/** `questions[2].rubric.strong` from zod's `['questions', 2, 'rubric', 'strong']`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out.length === 0 ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Names the question by the id the file gives it, so the message points where the editor looks. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): { message: string; location: string } {
  const location = formatPath(issue.path);
  const [section, index, ...rest] = issue.path;
  if (section === 'questions' && typeof index === 'number') {
    const questions = (input as { questions?: unknown }).questions;
    const raw = Array.isArray(questions) ? (questions[index] as { id?: unknown } | undefined) : undefined;
    const name = typeof raw?.id === 'string' && raw.id.length > 0 ? raw.id : `number ${index + 1}`;
    const field = rest.length === 0 ? '' : `, field "${formatPath(rest)}"`;
    return { message: `Plan question ${name} (questions[${index}])${field}: ${issue.message}`, location };
  }
  return {
    message: `Plan ${location.length > 0 ? `field "${location}"` : 'file'}: ${issue.message}`,
    location,
  };
}

/**
 * Validates a plan, typically one a recruiter reviewed and edited. Accepts the file's text or
 * already-parsed JSON. Errors are CandorError 'invalid_transcript' — the code for "a transcript
 * or plan file is not valid JSON or does not match its schema" — naming the question and field.
 */
export function safeParsePlan(input: unknown): TSafeParsePlanResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      return {
        success: false,
        error: new CandorError('invalid_transcript', `Plan file is not valid JSON: ${detail}`, { cause }),
      };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      success: false,
      error: new CandorError(
        'invalid_transcript',
        'Plan file must hold a JSON object with "questions" and "budget"',
      ),
    };
  }
  const result = ZInterviewPlan.safeParse(value);
  if (result.success) return { success: true, value: result.data };
  const first = result.error.issues[0];
  if (first === undefined)
    return { success: false, error: new CandorError('invalid_transcript', 'Plan is invalid') };
  const { message, location } = describeIssue(first, value);
  const more = result.error.issues.length - 1;
  const suffix = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
  return {
    success: false,
    error: new CandorError('invalid_transcript', `${message}${suffix}`, { location, cause: result.error }),
  };
}

/** Like safeParsePlan, but throws the CandorError. */
export function parsePlan(input: unknown): TInterviewPlan {
  const result = safeParsePlan(input);
  if (!result.success) throw result.error;
  return result.value;
}
