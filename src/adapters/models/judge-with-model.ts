import { generateText, type LanguageModel, Output } from 'ai';
import { z } from 'zod';
import { CandorError } from '../../core/candor-error.js';
import type { TEvaluation } from '../../core/evaluation.js';
import type { TJob } from '../../core/job.js';
import {
  buildJudgementPrompt,
  DEFAULT_TOKEN_BUDGET,
  PROMPT_VERSION,
  restoreDelimiters,
} from '../../core/judgement/build-judgement-prompt.js';
import { estimateTokens } from '../../core/judgement/estimate-tokens.js';
import { mergeJudgement } from '../../core/judgement/merge-judgement.js';
import { type TModelJudgement, ZModelJudgement } from '../../core/judgement/model-judgement.js';
import { createRedactor } from '../../core/judgement/redact.js';
import { voteRecommendation } from '../../core/judgement/vote-recommendation.js';
import type { TResume } from '../../core/resume.js';
import type { TInterviewSignals } from '../../core/signals/signals.js';
import type { TTranscript } from '../../core/transcript.js';
import type { TAuditLog } from '../audit-log.js';
import {
  auditCategory,
  describeModelFailure,
  formatSeconds,
  isObservable,
  observeModelCalls,
  type TModelCall,
  type TModelFailure,
} from './model-failure.js';

export type TJudgeWithModelInput = {
  model: LanguageModel;
  /** `provider:model`, for the report, the audit log and error messages. */
  modelId: string;
  job: TJob;
  resume: TResume;
  transcript: TTranscript;
  /** The rubric engine's evaluation: its policy ceiling bounds the model, its red flags always stay. */
  baseline: TEvaluation;
  signals: TInterviewSignals;
  /** How many judgements to sample (default 1); the report takes the majority recommendation. Use with a temperature above 0. */
  samples?: number;
  /** Default 0. */
  temperature?: number;
  /** Replace the candidate's name, emails, phones and URLs with placeholders before sending (default true). */
  redact?: boolean;
  /** Budget for one judgement request, provider retries and their waits included (default 120 000). */
  timeoutMs?: number;
  /** Input tokens one judgement request may use, the output schema included (default 24 000); a longer transcript is trimmed. */
  tokenBudget?: number;
  /** Retries of a failed request (429, 408, 409, 5xx, network errors), by the AI SDK with exponential backoff (default 3). */
  maxRetries?: number;
  auditLog?: TAuditLog;
  onProgress?: (message: string) => void;
  now?: () => number;
  /** Ends every request at once (the caller's attempt ran out of time, or its claim was lost). */
  signal?: AbortSignal;
};

/** A reply that is not JSON or does not match the schema gets one more request. */
const REQUESTS_PER_JUDGEMENT = 2;
const OPERATION = 'judgement';
/** The output schema as the providers receive it, counted against the token budget. */
const SCHEMA_TOKENS = estimateTokens(JSON.stringify(z.toJSONSchema(ZModelJudgement)));

type TCallRecord = TModelCall;
type TFailure = TModelFailure;

/**
 * The judgement of a model, merged with the rubric engine's baseline into one evaluation (see
 * `mergeJudgement` for the guarantees). Candidate text goes to the model delimited as data and,
 * by default, with personal details redacted; the reply is restored, its quotes verified.
 *
 * Failures: the AI SDK retries 429/5xx/network errors `maxRetries` times with exponential backoff
 * (2 s, 4 s, 8 s…, or the server's `retry-after`/`retry-after-ms` when under a minute); the whole
 * request, waits included, must finish within `timeoutMs`. A malformed reply is asked for once
 * more. Anything else ends in CandorError('model_failed') naming the model and the HTTP status.
 */
export async function judgeWithModel(input: TJudgeWithModelInput): Promise<TEvaluation> {
  const samples = input.samples ?? 1;
  const timeoutMs = input.timeoutMs ?? 120_000;
  const maxRetries = input.maxRetries ?? 3;
  const temperature = input.temperature ?? 0;
  const now = input.now ?? Date.now;
  const report = input.onProgress ?? (() => {});
  const tokenBudget = input.tokenBudget ?? DEFAULT_TOKEN_BUDGET;
  checkSettings({ samples, timeoutMs, maxRetries, temperature, tokenBudget });

  const redactor = input.redact === false ? undefined : createRedactor(input.resume.contact);
  const built = buildJudgementPrompt({ ...input, tokenBudget, reservedTokens: SCHEMA_TOKENS });
  const estimatedInputTokens = built.estimatedTokens + SCHEMA_TOKENS;
  if (built.trimmed !== undefined) report(built.trimmed.note);
  const prompt = redactor === undefined ? built.prompt : redactor.redact(built.prompt);
  const restore = (text: string) => restoreDelimiters(redactor === undefined ? text : redactor.restore(text));

  const notes: string[] = [];
  const judgements: TModelJudgement[] = [];
  for (let sample = 1; sample <= samples; sample++) {
    report(
      `Asking ${input.modelId} for a judgement${samples > 1 ? ` (sample ${sample} of ${samples})` : ''}…`,
    );
    const outcome = await requestJudgement({
      model: input.model,
      modelId: input.modelId,
      system: built.system,
      prompt,
      temperature,
      timeoutMs,
      maxRetries,
      now,
      report,
      ...(input.signal === undefined ? {} : { signal: input.signal }),
      record: async (call, attempt) => {
        await input.auditLog?.record({
          ...call,
          promptVersion: PROMPT_VERSION,
          model: input.modelId,
          operation: OPERATION,
          attempt,
          estimatedInputTokens,
          ...(samples > 1 ? { sample } : {}),
        });
      },
    });
    notes.push(...outcome.notes.map((note) => (samples > 1 ? `Sample ${sample}: ${note}` : note)));
    judgements.push(mapStrings(outcome.judgement, restore));
  }

  const vote = voteRecommendation(judgements.map((judgement) => judgement.recommendation));
  const chosen = judgements.find((judgement) => judgement.recommendation === vote.recommendation)!;
  const evaluation = mergeJudgement(input.baseline, chosen, {
    job: input.job,
    resume: input.resume,
    transcript: input.transcript,
    signals: input.signals,
    model: input.modelId,
    promptVersion: PROMPT_VERSION,
  });

  if (redactor !== undefined) {
    evaluation.notes.push(
      "The candidate's name, email addresses, phone numbers and links were replaced by placeholders before the text was sent to the model, and put back in this report.",
    );
  }
  if (built.trimmed !== undefined) evaluation.notes.push(built.trimmed.note);
  evaluation.notes.push(...notes);
  if (samples > 1) {
    evaluation.stability = vote.stability;
    const counts = vote.stability.distribution
      .map((entry) => `${entry.recommendation} ×${entry.count}`)
      .join(', ');
    evaluation.notes.push(
      `${samples} judgements were sampled (${counts}); the report follows the first one that recommended "${vote.recommendation}".`,
    );
  }
  return evaluation;
}

type TRequestJudgementInput = {
  model: LanguageModel;
  modelId: string;
  system: string;
  prompt: string;
  temperature: number;
  timeoutMs: number;
  maxRetries: number;
  now: () => number;
  signal?: AbortSignal;
  report: (message: string) => void;
  record: (call: TCallRecord, attempt: number) => Promise<void>;
};

/** One judgement: up to two requests (the second only after a malformed reply), each audited. */
async function requestJudgement(
  input: TRequestJudgementInput,
): Promise<{ judgement: TModelJudgement; notes: string[] }> {
  const notes: string[] = [];
  const retried: TCallRecord[] = [];
  let attempt = 0;
  for (let request = 1; request <= REQUESTS_PER_JUDGEMENT; request++) {
    const calls: TCallRecord[] = [];
    const started = input.now();
    let failure: TFailure | undefined;
    let judgement: TModelJudgement | undefined;
    let caught: unknown;
    try {
      const result = await generateText({
        model: observeModelCalls(input.model, calls, input.now, (category) =>
          input.report(`${input.modelId}: ${category}; the request will be retried if attempts remain…`),
        ),
        system: input.system,
        prompt: input.prompt,
        output: Output.object({ schema: ZModelJudgement, name: 'candidate_judgement' }),
        temperature: input.temperature,
        maxRetries: input.maxRetries,
        abortSignal:
          input.signal === undefined
            ? AbortSignal.timeout(input.timeoutMs)
            : AbortSignal.any([input.signal, AbortSignal.timeout(input.timeoutMs)]),
      });
      if (!isObservable(input.model)) {
        calls.push({
          at: new Date(started).toISOString(),
          latencyMs: input.now() - started,
          inputTokens: result.usage.inputTokens ?? null,
          outputTokens: result.usage.outputTokens ?? null,
          ok: true,
        });
      }
      judgement = result.output;
    } catch (error) {
      caught = error;
      failure = describeModelFailure(error, input.timeoutMs, 'judgement');
      const last = calls.at(-1);
      if (failure.kind === 'malformed' && last?.ok === true) {
        // The HTTP call succeeded; its content did not.
        calls[calls.length - 1] = { ...last, ok: false, error: `malformed reply: ${failure.detail}` };
      } else if (calls.length === 0 || last?.ok === true) {
        calls.push({
          at: new Date(started).toISOString(),
          latencyMs: input.now() - started,
          inputTokens: null,
          outputTokens: null,
          ok: false,
          error: auditCategory(failure),
        });
      }
    }

    for (const call of calls) await input.record(call, ++attempt);
    retried.push(...calls.filter((call) => !call.ok && !call.error?.startsWith('malformed')));
    if (judgement !== undefined) {
      if (retried.length > 0) {
        const reasons = [...new Set(retried.map((call) => call.error))].join(', ');
        notes.push(
          `${retried.length} request${retried.length > 1 ? 's' : ''} to the model failed (${reasons}) and ${retried.length > 1 ? 'were' : 'was'} retried.`,
        );
      }
      return { judgement, notes };
    }

    const known = failure!;
    if (known.kind === 'malformed' && request < REQUESTS_PER_JUDGEMENT) {
      input.report(
        `${input.modelId} replied with an unusable judgement (${known.detail}); asking once more…`,
      );
      notes.push(`The model's first reply was unusable (${known.detail}); it was asked once more.`);
      continue;
    }
    throw toCandorError(known, input.modelId, input.timeoutMs, caught);
  }
  // The loop always returns or throws; this satisfies the type checker.
  throw new CandorError('model_failed', `${input.modelId} gave no usable judgement.`);
}

/** A message for the person running Candor: what failed, the status, what to do. Never a stack trace. */
function toCandorError(failure: TFailure, modelId: string, timeoutMs: number, cause: unknown): CandorError {
  return new CandorError('model_failed', `${modelId} failed: ${failureMessage(failure, timeoutMs)}`, {
    cause,
  });
}

function failureMessage(failure: TFailure, timeoutMs: number): string {
  const tries = failure.attempts > 1 ? ` (${failure.attempts} attempts)` : '';
  switch (failure.kind) {
    case 'http':
      return `the provider answered HTTP ${failure.status} (${describeStatus(failure.status!)})${tries}: ${failure.detail}`;
    case 'timeout':
      return `no reply within ${formatSeconds(timeoutMs)} (timed out). Try again, allow more time, or use --model offline.`;
    case 'network':
      return `the provider could not be reached${tries}: ${failure.detail}`;
    case 'malformed':
      return `it replied twice without a usable judgement (${failure.detail}). Try again, try another model, or use --model offline.`;
    case 'other':
      return failure.detail;
    default: {
      const unreachable: never = failure.kind;
      return String(unreachable);
    }
  }
}

function describeStatus(status: number): string {
  if (status === 429) return 'rate limited';
  if (status === 401 || status === 403) return 'not authorised: check the API key';
  if (status === 404) return 'model or endpoint not found';
  if (status === 408) return 'request timeout';
  if (status >= 500) return 'server error';
  return 'request rejected';
}

function checkSettings(settings: {
  samples: number;
  timeoutMs: number;
  maxRetries: number;
  temperature: number;
  tokenBudget: number;
}): void {
  const problems: string[] = [];
  if (!Number.isInteger(settings.tokenBudget) || settings.tokenBudget < 1_000)
    problems.push(`the token budget must be a whole number ≥ 1000 (got ${settings.tokenBudget})`);
  if (!Number.isInteger(settings.samples) || settings.samples < 1)
    problems.push(`samples must be a whole number ≥ 1 (got ${settings.samples})`);
  if (!(settings.timeoutMs > 0) || !Number.isFinite(settings.timeoutMs))
    problems.push(`timeoutMs must be a positive number (got ${settings.timeoutMs})`);
  if (!Number.isInteger(settings.maxRetries) || settings.maxRetries < 0)
    problems.push(`maxRetries must be a whole number ≥ 0 (got ${settings.maxRetries})`);
  if (!Number.isFinite(settings.temperature) || settings.temperature < 0)
    problems.push(`temperature must be ≥ 0 (got ${settings.temperature})`);
  if (problems.length > 0)
    throw new CandorError('invalid_argument', `Invalid model settings: ${problems.join('; ')}.`);
}

/** Every string of a JSON-like value passed through `transform`. */
function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === 'string') return transform(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, transform)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, transform)]),
    ) as T;
  }
  return value;
}
