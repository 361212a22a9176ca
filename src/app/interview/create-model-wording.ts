import { APICallError, type LanguageModel, RetryError, streamText } from 'ai';
import type { TAuditLog } from '../../adapters/audit-log.js';
import { CandorError } from '../../core/candor-error.js';
import { createRedactor, type TRedactor } from '../../core/judgement/redact.js';
import { buildWordingPrompt, WORDING_PROMPT_VERSION } from './build-wording-prompt.js';
import { cleanWordedQuestion } from './clean-worded-question.js';
import type { TQuestionWording, TWordingRequest } from './question-wording.js';

export type TCreateModelWordingInput = {
  model: LanguageModel;
  /** `provider:model`, for notes and the audit log. */
  modelId: string;
  /** Budget for one question, retries and streaming included (default 15 000): a candidate is waiting. */
  timeoutMs?: number;
  /** Retries of a failed request before the rules' wording is used (default 1). */
  maxRetries?: number;
  /** Default 0.3: some variety in wording, none in what is asked. */
  temperature?: number;
  /** Replace the candidate's name and contact details before text leaves the machine (default true). */
  redact?: boolean;
  auditLog?: TAuditLog;
  now?: () => number;
};

const OPERATION = 'question_wording';
/** A question is a sentence or two; this leaves room without letting a runaway reply run on. */
const MAX_OUTPUT_TOKENS = 200;

/** A short category for notes and the audit log: never a provider body or candidate text. */
function describeFailure(error: unknown, isTimeout: boolean): string {
  if (isTimeout) return 'timeout';
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  if (CandorError.isInstance(cause)) return cause.message;
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode;
    if (status !== undefined && (status < 200 || status >= 300)) return `HTTP ${status}`;
    if (status === undefined) return 'network error';
  }
  if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError'))
    return 'timeout';
  if (cause instanceof Error && /stream ended|finish reason/i.test(cause.message))
    return 'the reply ended early';
  if (cause instanceof Error && /JSON/i.test(cause.name + cause.message)) return 'malformed reply';
  if (
    cause instanceof Error &&
    /fetch failed|connect|connection|socket|network|ECONN|EPIPE/i.test(cause.message)
  ) {
    return 'network error';
  }
  return 'error';
}

/**
 * Streams text to `emit` with the redactor's placeholders put back: a placeholder split across
 * chunks ("[CANDIDATE_" + "NAME]") is held back until it is complete.
 */
function createRestoringEmitter(
  redactor: TRedactor | undefined,
  emit: ((text: string) => void) | undefined,
): { push(text: string): void; flush(): void } {
  let pending = '';
  const send = (text: string) => {
    if (text.length > 0) emit?.(redactor === undefined ? text : redactor.restore(text));
  };
  return {
    push(text) {
      if (emit === undefined) return;
      pending += text;
      const open = pending.lastIndexOf('[');
      const holdFrom = open >= 0 && !pending.includes(']', open) && pending.length - open < 40 ? open : -1;
      if (holdFrom < 0) {
        send(pending);
        pending = '';
      } else {
        send(pending.slice(0, holdFrom));
        pending = pending.slice(holdFrom);
      }
    },
    flush() {
      send(pending);
      pending = '';
    },
  };
}

/**
 * A question wording backed by a language model (AI SDK `streamText`): the model words the
 * question the policy decided, streamed token by token, from a short prompt in which candidate
 * text is delimited data. Any failure (HTTP error after retries, timeout, a reply that is not one
 * usable question) rejects with CandorError('model_failed') and a short reason, so the interview
 * asks the rules' wording instead. Every call is audited (no candidate text in the log).
 */
export function createModelWording(input: TCreateModelWordingInput): TQuestionWording {
  const timeoutMs = input.timeoutMs ?? 15_000;
  const maxRetries = input.maxRetries ?? 1;
  const temperature = input.temperature ?? 0.3;
  const now = input.now ?? Date.now;
  const modelId = input.modelId;

  async function wordQuestion(request: TWordingRequest): Promise<string> {
    const redactor =
      input.redact === false || request.contact === undefined ? undefined : createRedactor(request.contact);
    const protect = (text: string) => (redactor === undefined ? text : redactor.redact(text));
    const { system, prompt } = buildWordingPrompt({
      ask: { ...request.ask, draft: protect(request.ask.draft) },
      jobTitle: request.jobTitle,
      ...(request.language === undefined ? {} : { language: request.language }),
      history: request.history.map((turn) => ({
        ...turn,
        question: protect(turn.question),
        answer: protect(turn.answer),
      })),
    });

    const timeout = AbortSignal.timeout(timeoutMs);
    const abortSignal = request.signal === undefined ? timeout : AbortSignal.any([timeout, request.signal]);
    const started = now();
    const emitter = createRestoringEmitter(redactor, request.onToken);
    let text = '';
    let inputTokens: number | null = null;
    let outputTokens: number | null = null;

    const audit = async (ok: boolean, error?: string) => {
      await input.auditLog?.record({
        at: new Date(started).toISOString(),
        promptVersion: WORDING_PROMPT_VERSION,
        model: modelId,
        operation: OPERATION,
        inputTokens,
        outputTokens,
        latencyMs: Math.max(0, now() - started),
        ok,
        ...(error === undefined ? {} : { error }),
        attempt: 1,
      });
    };
    const fail = async (reason: string, cause?: unknown): Promise<never> => {
      await audit(false, reason);
      throw new CandorError('model_failed', `${modelId} could not word the question: ${reason}`, {
        location: 'model',
        ...(cause === undefined ? {} : { cause }),
      });
    };

    let finishReason: string | undefined;
    try {
      const result = streamText({
        model: input.model,
        system,
        prompt,
        temperature,
        maxRetries,
        maxOutputTokens: MAX_OUTPUT_TOKENS,
        abortSignal,
        // Errors arrive as stream parts below; this keeps the SDK from also logging them.
        onError: () => {},
      });
      for await (const part of result.fullStream) {
        if (part.type === 'text-delta') {
          text += part.text;
          emitter.push(part.text);
        } else if (part.type === 'error') {
          throw part.error;
        } else if (part.type === 'abort') {
          throw new DOMException('The request was aborted', timeout.aborted ? 'TimeoutError' : 'AbortError');
        } else if (part.type === 'finish') {
          finishReason = part.finishReason;
          inputTokens = part.totalUsage.inputTokens ?? null;
          outputTokens = part.totalUsage.outputTokens ?? null;
        }
      }
    } catch (error) {
      if (request.signal?.aborted === true && !timeout.aborted) {
        await audit(false, 'aborted');
        throw error;
      }
      return fail(describeFailure(error, timeout.aborted), error);
    }
    emitter.flush();
    if (finishReason !== 'stop') {
      return fail(finishReason === 'length' ? 'the reply was cut off' : 'the reply ended early');
    }
    const cleaned = cleanWordedQuestion(redactor === undefined ? text : redactor.restore(text));
    if (!cleaned.success) return fail(`unusable reply: ${cleaned.problem}`);
    await audit(true);
    return cleaned.value;
  }

  return { modelId, wordQuestion };
}
