import { CandorError } from './candor-error.js';

/** The model providers Candor can talk to (besides the built-in offline rubric engine). */
export const PROVIDER_IDS = ['openai', 'anthropic', 'google', 'openai-compatible'] as const;
export type TProviderId = (typeof PROVIDER_IDS)[number];

/**
 * Which engine writes the judgement: `offline` (the deterministic rubric engine, no network) or a
 * model at a provider. `openai-compatible` also names the endpoint (Ollama, vLLM, LM Studio…).
 */
export type TModelSpec =
  | { provider: 'offline' }
  | { [P in THostedProviderId]: { provider: P; modelId: string } }[THostedProviderId]
  | { provider: 'openai-compatible'; baseURL: string; modelId: string };

type THostedProviderId = Exclude<TProviderId, 'openai-compatible'>;

export const MODEL_SPEC_FORMS = [
  'offline',
  'openai:<model>',
  'anthropic:<model>',
  'google:<model>',
  'openai-compatible:<baseURL>#<model>',
] as const;

export type TSafeParseModelSpecResult =
  | { success: true; value: TModelSpec }
  | { success: false; error: CandorError };

/**
 * Reads a `--model` / `CANDOR_MODEL` value. Model ids may contain colons (`ft:gpt-4o:org:id`,
 * Ollama's `llama3.1:8b`), so only the first colon separates the provider; an OpenAI-compatible
 * endpoint's URL and model are separated by the last `#`.
 */
export function parseModelSpec(spec: string): TModelSpec {
  const result = safeParseModelSpec(spec);
  if (!result.success) throw result.error;
  return result.value;
}

export function safeParseModelSpec(spec: string): TSafeParseModelSpecResult {
  const fail = (problem: string): TSafeParseModelSpecResult => ({
    success: false,
    error: new CandorError(
      'invalid_argument',
      `Invalid model "${spec}": ${problem}. Use one of: ${MODEL_SPEC_FORMS.join(', ')} ` +
        '(for example openai:gpt-4o-mini or openai-compatible:http://127.0.0.1:11434/v1#llama3.1).',
      { location: 'model' },
    ),
  });

  const trimmed = spec.trim();
  if (trimmed.length === 0) return fail('it is empty');
  if (trimmed.toLowerCase() === 'offline') return { success: true, value: { provider: 'offline' } };

  const colon = trimmed.indexOf(':');
  if (colon < 0) return fail('it names no provider');
  const provider = trimmed.slice(0, colon).toLowerCase();
  const rest = trimmed.slice(colon + 1).trim();
  if (!isProviderId(provider)) return fail(`"${trimmed.slice(0, colon)}" is not a known provider`);

  if (provider === 'openai-compatible') {
    const hash = rest.lastIndexOf('#');
    if (hash < 0)
      return fail('an openai-compatible model needs the endpoint and the model, separated by "#"');
    const baseURL = rest.slice(0, hash).trim();
    const modelId = rest.slice(hash + 1).trim();
    if (!isHttpUrl(baseURL)) return fail(`"${baseURL}" is not an http(s) URL`);
    if (!isModelId(modelId)) return fail('the model name after "#" is missing or contains spaces');
    return { success: true, value: { provider, baseURL: baseURL.replace(/\/+$/, ''), modelId } };
  }

  if (!isModelId(rest)) return fail('the model name after the provider is missing or contains spaces');
  return { success: true, value: { provider, modelId: rest } };
}

/** `provider:model`, the name a report gives its engine (an endpoint's URL is left out). */
export function formatModelSpec(spec: TModelSpec): string {
  return spec.provider === 'offline' ? 'offline' : `${spec.provider}:${spec.modelId}`;
}

function isProviderId(value: string): value is TProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

function isModelId(value: string): boolean {
  return value.length > 0 && !/\s/.test(value);
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const protocol = new URL(value).protocol;
  return protocol === 'http:' || protocol === 'https:';
}
