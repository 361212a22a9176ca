import type { TEvaluation } from '../core/evaluation.js';
import type { TJob } from '../core/job.js';
import { formatModelSpec, parseModelSpec } from '../core/model-spec.js';
import type { TResume } from '../core/resume.js';
import { evaluateOffline } from '../core/rubric/evaluate-offline.js';
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
  env?: Record<string, string | undefined>;
  onProgress?: (message: string) => void;
};

/** Evaluates one candidate: the rubric engine always, a model on top when one is configured. */
export async function evaluateCandidate(input: TEvaluateCandidateInput): Promise<TEvaluation> {
  const spec = parseModelSpec(input.model ?? 'offline');
  const { evaluation, signals } = evaluateOffline(input);
  if (spec.provider === 'offline') return evaluation;

  // Only a model's judgement needs the AI SDK: the offline path never loads it.
  const [{ createFileAuditLog }, { createLanguageModel }, { judgeWithModel }] = await Promise.all([
    import('../adapters/audit-log.js'),
    import('../adapters/models/create-language-model.js'),
    import('../adapters/models/judge-with-model.js'),
  ]);
  const model = createLanguageModel(spec, input.env ?? process.env);
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
    ...(input.auditLogPath ? { auditLog: createFileAuditLog(input.auditLogPath) } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
}
