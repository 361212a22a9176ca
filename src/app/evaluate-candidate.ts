import { CandorError } from '../core/candor-error.js';
import type { TEvaluation } from '../core/evaluation.js';
import type { TJob } from '../core/job.js';
import { formatModelSpec, parseModelSpec } from '../core/model-spec.js';
import type { TResume } from '../core/resume.js';
import {
  evaluateOffline,
  type TEvaluateOfflineInput,
  type TEvaluateOfflineResult,
} from '../core/rubric/evaluate-offline.js';
import type { TTranscript } from '../core/transcript.js';

export type TEvaluateCandidateInput = {
  job: TJob;
  resume: TResume;
  transcript: TTranscript;
  /** `offline` (default) or `provider:model`. */
  model?: string;
  /** How many times a model judges (stability); ignored offline, where every run is identical. */
  samples?: number;
  temperature?: number;
  /** Replace the candidate's name and contact details before text leaves the machine (default true). */
  redact?: boolean;
  /** Where model calls are logged (JSON Lines). */
  auditLogPath?: string;
  timeoutMs?: number;
  /** Input tokens one judgement request may use (default: CANDOR_TOKEN_BUDGET, else 24 000). */
  tokenBudget?: number;
  env?: Record<string, string | undefined>;
  onProgress?: (message: string) => void;
  /** Ends the model's requests (the evaluation queue's attempt ran out of time). */
  signal?: AbortSignal;
  /**
   * The date of the evaluation (YYYY-MM-DD), against which a resume's roles "to present" are
   * counted in years; by default the last date the transcript records, else today.
   */
  asOf?: string;
  /** Runs the rubric engine (default: on this thread; the server hands it to a worker thread). */
  offline?: (input: TEvaluateOfflineInput) => Promise<TEvaluateOfflineResult>;
};

function lastTranscriptDate(transcript: TTranscript): string | undefined {
  const dates = transcript.turns
    .flatMap((turn) => [turn.askedAt, turn.answeredAt])
    .filter((date): date is string => date !== undefined && /^\d{4}-\d{2}-\d{2}/.test(date))
    .sort();
  return dates.at(-1)?.slice(0, 10);
}

/** Evaluates one candidate: the rubric engine always, a model on top when one is configured. */
export async function evaluateCandidate(input: TEvaluateCandidateInput): Promise<TEvaluation> {
  const spec = parseModelSpec(input.model ?? 'offline');
  const offlineInput = {
    job: input.job,
    resume: input.resume,
    transcript: input.transcript,
    asOf: input.asOf ?? lastTranscriptDate(input.transcript) ?? new Date().toISOString().slice(0, 10),
  };
  const runOffline = () => input.offline?.(offlineInput) ?? evaluateOffline(offlineInput);
  if (spec.provider === 'offline') return (await runOffline()).evaluation;

  const env = input.env ?? process.env;
  // Only a model's judgement needs the AI SDK: the offline path never loads it.
  const [{ createFileAuditLog }, { createLanguageModel }, { judgeWithModel }] = await Promise.all([
    import('../adapters/audit-log.js'),
    import('../adapters/models/create-language-model.js'),
    import('../adapters/models/judge-with-model.js'),
  ]);
  // A missing key or a bad setting is reported before any work is done.
  const model = createLanguageModel(spec, env);
  const tokenBudget = input.tokenBudget ?? readTokenBudget(env);
  const { evaluation, signals } = await runOffline();
  const modelId = formatModelSpec(spec);
  input.onProgress?.(`Asking ${modelId} for its judgement…`);
  return judgeWithModel({
    model,
    modelId,
    job: input.job,
    resume: input.resume,
    transcript: input.transcript,
    baseline: evaluation,
    signals,
    ...(input.samples !== undefined ? { samples: input.samples } : {}),
    ...(input.temperature !== undefined ? { temperature: input.temperature } : {}),
    ...(input.redact !== undefined ? { redact: input.redact } : {}),
    ...(input.timeoutMs !== undefined ? { timeoutMs: input.timeoutMs } : {}),
    ...(tokenBudget !== undefined ? { tokenBudget } : {}),
    ...(input.auditLogPath ? { auditLog: createFileAuditLog(input.auditLogPath) } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
  });
}

/** CANDOR_TOKEN_BUDGET, when set: a whole number of tokens. */
function readTokenBudget(env: Record<string, string | undefined>): number | undefined {
  const text = env.CANDOR_TOKEN_BUDGET?.trim();
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1_000) {
    throw new CandorError(
      'invalid_argument',
      `CANDOR_TOKEN_BUDGET must be a whole number of tokens, at least 1000 (got "${text}").`,
      { location: 'CANDOR_TOKEN_BUDGET' },
    );
  }
  return value;
}
