import { generateText, type LanguageModel, Output } from 'ai';
import { z } from 'zod';
import type { TAuditLog } from '../../adapters/audit-log.js';
import {
  auditCategory,
  describeModelFailure,
  formatSeconds,
  isObservable,
  observeModelCalls,
  shorten,
  type TModelCall,
  type TModelFailure,
} from '../../adapters/models/model-failure.js';
import { CandorError } from '../../core/candor-error.js';
import { createRedactor } from '../../core/judgement/redact.js';
import {
  buildPlanWordingPrompt,
  PLAN_WORDING_TAGS,
  PROMPT_VERSION,
} from '../../core/plan/build-plan-wording-prompt.js';
import type { TInterviewPlan, TPlannedQuestion } from '../../core/plan/interview-plan.js';
import { safeParsePlan } from '../../core/plan/parse-plan.js';
import type { TResume } from '../../core/resume.js';
import { cleanWordedQuestion } from './clean-worded-question.js';

export type TWordPlanWithModelInput = {
  /** The deterministic plan (`planInterview`): its ids, rubrics and everything but the wording stay. */
  plan: TInterviewPlan;
  /** Whose contact details are redacted before the prompt leaves the machine. */
  resume: TResume;
  model: LanguageModel;
  /** `provider:model`, for notes and the audit log. */
  modelId: string;
  /** Budget for the request, provider retries and their waits included (default 60 000). */
  timeoutMs?: number;
  /** Retries of a failed request (429, 408, 409, 5xx, network errors) by the AI SDK (default 2). */
  maxRetries?: number;
  /** Default 0. */
  temperature?: number;
  /** Replace the candidate's name, emails, phones and URLs with placeholders before sending (default true). */
  redact?: boolean;
  auditLog?: TAuditLog;
  now?: () => number;
};

export type TWordPlanWithModelResult = {
  /** The plan with the model's wording where it was usable, the template's everywhere else. */
  plan: TInterviewPlan;
  /** What kept a template wording, and why; empty when the model worded every question. */
  notes: string[];
};

/** The reply: flat, no optional fields, so every provider's structured output accepts it. */
const ZPlanWording = z.object({
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
});

const OPERATION = 'plan_wording';
const PLACEHOLDER_LEFT = /\[(?:CANDIDATE_[A-Z_]*|EMAIL_\d+|PHONE_\d+|URL_\d+)\]/;
const PROMPT_TAG = new RegExp(`<\\s*\\/?\\s*(?:${PLAN_WORDING_TAGS.join('|')})(?![\\w-])`, 'i');
/** Rubric lines shorter than this are too generic to tell a leak from a coincidence. */
const MIN_RUBRIC_LEAK_CHARACTERS = 30;

type TCallRecord = TModelCall;
type TFailure = TModelFailure;

/**
 * The plan's questions reworded by a model, in one request: the model sees each question's
 * template, what it tests and its rubric, with resume claims delimited as data and, by default,
 * the candidate's contact details redacted (and restored in the reply). Only `text` changes: ids,
 * types, requirement and claim ids, topics, rubrics and minutes stay as planned.
 *
 * Each worded question is checked (one question or request, at most 600 characters, no prompt
 * tags, no rubric); a missing, duplicated, invented or unusable one keeps its template wording,
 * with a note. A failing model (HTTP error after retries, timeout, malformed reply) leaves the
 * whole plan as planned, with one note: the template plan is always usable, so this never throws
 * for a model's problem. Every request is audited (no candidate text in the log).
 */
export async function wordPlanWithModel(input: TWordPlanWithModelInput): Promise<TWordPlanWithModelResult> {
  const timeoutMs = input.timeoutMs ?? 60_000;
  const maxRetries = input.maxRetries ?? 2;
  const temperature = input.temperature ?? 0;
  const now = input.now ?? Date.now;
  checkSettings({ timeoutMs, maxRetries, temperature });

  const redactor = input.redact === false ? undefined : createRedactor(input.resume.contact);
  const built = buildPlanWordingPrompt(input.plan);
  const prompt = redactor === undefined ? built.prompt : redactor.redact(built.prompt);
  const restore = (text: string) => (redactor === undefined ? text : redactor.restore(text));

  const calls: TCallRecord[] = [];
  const started = now();
  let reply: z.infer<typeof ZPlanWording> | undefined;
  let failure: TFailure | undefined;
  try {
    const result = await generateText({
      model: observeModelCalls(input.model, calls, now),
      system: built.system,
      prompt,
      output: Output.object({ schema: ZPlanWording, name: 'plan_wording' }),
      temperature,
      maxRetries,
      abortSignal: AbortSignal.timeout(timeoutMs),
    });
    if (!isObservable(input.model)) {
      calls.push({
        at: new Date(started).toISOString(),
        latencyMs: now() - started,
        inputTokens: result.usage.inputTokens ?? null,
        outputTokens: result.usage.outputTokens ?? null,
        ok: true,
      });
    }
    reply = result.output;
  } catch (error) {
    failure = describeModelFailure(error, timeoutMs, 'plan wording');
    const last = calls.at(-1);
    if (failure.kind === 'malformed' && last?.ok === true) {
      // The HTTP call succeeded; its content did not.
      calls[calls.length - 1] = { ...last, ok: false, error: `malformed reply: ${failure.detail}` };
    } else if (calls.length === 0 || last?.ok === true) {
      calls.push({
        at: new Date(started).toISOString(),
        latencyMs: now() - started,
        inputTokens: null,
        outputTokens: null,
        ok: false,
        error: auditCategory(failure),
      });
    }
  }

  let attempt = 0;
  for (const call of calls) {
    await input.auditLog?.record({
      ...call,
      promptVersion: PROMPT_VERSION,
      model: input.modelId,
      operation: OPERATION,
      attempt: ++attempt,
    });
  }

  if (reply === undefined) {
    const reason = failure === undefined ? 'no reply' : failureReason(failure, timeoutMs);
    return {
      plan: input.plan,
      notes: [
        `${input.modelId} could not word the plan (${reason}); every question keeps its template wording.`,
      ],
    };
  }

  const notes: string[] = [];
  const retried = calls.filter((call) => !call.ok);
  if (retried.length > 0) {
    const reasons = [...new Set(retried.map((call) => call.error))].join(', ');
    notes.push(
      `${retried.length} request${retried.length > 1 ? 's' : ''} to ${input.modelId} failed (${reasons}) and ${retried.length > 1 ? 'were' : 'was'} retried.`,
    );
  }
  const applied = applyWording(input.plan, reply.questions, restore);
  notes.push(...applied.notes);
  const checked = safeParsePlan(applied.plan);
  if (!checked.success) {
    // Every text was checked above, so this is a safety net, not an expected path.
    return {
      plan: input.plan,
      notes: [
        `${input.modelId}'s wording made the plan invalid (${checked.error.message}); every question keeps its template wording.`,
      ],
    };
  }
  return { plan: checked.value, notes };
}

/** The plan with each usable worded text in place of the template; notes for everything else. */
function applyWording(
  plan: TInterviewPlan,
  worded: readonly { id: string; text: string }[],
  restore: (text: string) => string,
): { plan: TInterviewPlan; notes: string[] } {
  const planned = new Set(plan.questions.map((question) => question.id));
  const textsById = new Map<string, string[]>();
  const invented: string[] = [];
  for (const entry of worded) {
    const id = entry.id.trim();
    if (!planned.has(id)) {
      if (!invented.includes(id)) invented.push(id);
      continue;
    }
    textsById.set(id, [...(textsById.get(id) ?? []), entry.text]);
  }

  const notes: string[] = [];
  if (invented.length > 0) {
    const names = invented.map((id) => (id.length === 0 ? '(an empty id)' : JSON.stringify(shorten(id, 20))));
    notes.push(
      `The model worded ${invented.length === 1 ? 'a question' : 'questions'} the plan does not have (${names.join(', ')}); ${invented.length === 1 ? 'it was' : 'they were'} left out.`,
    );
  }
  const questions = plan.questions.map((question): TPlannedQuestion => {
    const texts = textsById.get(question.id) ?? [];
    const keep = (why: string) => {
      notes.push(`${question.id} keeps its template wording: ${why}.`);
      return question;
    };
    if (texts.length === 0) return keep('the model did not word it');
    if (texts.length > 1) return keep('the model worded it more than once');
    const checked = checkWordedText(restore(texts[0] ?? ''), question);
    if (!checked.success) return keep(checked.problem);
    return { ...question, text: checked.value };
  });
  return { plan: { ...plan, questions }, notes };
}

/** A worded question fit to ask in place of the template, or why it is not. */
function checkWordedText(
  text: string,
  question: TPlannedQuestion,
): { success: true; value: string } | { success: false; problem: string } {
  const cleaned = cleanWordedQuestion(text);
  if (!cleaned.success)
    return { success: false, problem: cleaned.problem.replace(/^the reply\b/, 'its text') };
  const value = cleaned.value;
  if (PROMPT_TAG.test(value)) return { success: false, problem: 'its text echoed the prompt' };
  if (PLACEHOLDER_LEFT.test(value))
    return { success: false, problem: 'its text kept a redaction placeholder' };
  const flat = normalise(value);
  const rubric = [question.rubric.strong, question.rubric.adequate, question.rubric.weak].map(normalise);
  if (rubric.some((line) => line.length >= MIN_RUBRIC_LEAK_CHARACTERS && flat.includes(line))) {
    return { success: false, problem: 'its text gave away the rubric' };
  }
  return { success: true, value };
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function failureReason(failure: TFailure, timeoutMs: number): string {
  const tries = failure.attempts > 1 ? ` after ${failure.attempts} attempts` : '';
  switch (failure.kind) {
    case 'http':
      return `HTTP ${failure.status}${tries}: ${failure.detail}`;
    case 'timeout':
      return `no reply within ${formatSeconds(timeoutMs)}`;
    case 'network':
      return `the provider could not be reached${tries}: ${failure.detail}`;
    case 'malformed':
      return `the reply was ${failure.detail}`;
    case 'other':
      return failure.detail;
    default: {
      const unreachable: never = failure.kind;
      return String(unreachable);
    }
  }
}

function checkSettings(settings: { timeoutMs: number; maxRetries: number; temperature: number }): void {
  const problems: string[] = [];
  if (!(settings.timeoutMs > 0) || !Number.isFinite(settings.timeoutMs))
    problems.push(`timeoutMs must be a positive number (got ${settings.timeoutMs})`);
  if (!Number.isInteger(settings.maxRetries) || settings.maxRetries < 0)
    problems.push(`maxRetries must be a whole number ≥ 0 (got ${settings.maxRetries})`);
  if (!Number.isFinite(settings.temperature) || settings.temperature < 0)
    problems.push(`temperature must be ≥ 0 (got ${settings.temperature})`);
  if (problems.length > 0)
    throw new CandorError('invalid_argument', `Invalid model settings: ${problems.join('; ')}.`);
}
