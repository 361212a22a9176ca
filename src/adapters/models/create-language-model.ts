import type { LanguageModel } from 'ai';
import { CandorError } from '../../core/candor-error.js';
import type { TModelSpec, TProviderId } from '../../core/model-spec.js';

export type TEnvironment = Readonly<Record<string, string | undefined>>;

type TProviderFactory<P extends TProviderId> = (
  spec: Extract<TModelSpec, { provider: P }>,
  env: TEnvironment,
) => LanguageModel;

/** The API key variable each provider reads (openai-compatible's is optional: local servers need none). */
export const API_KEY_VARIABLES: Record<TProviderId, string> = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  google: 'GOOGLE_GENERATIVE_AI_API_KEY',
  'openai-compatible': 'CANDOR_OPENAI_COMPATIBLE_API_KEY',
};

type TModel = Exclude<LanguageModel, string>;
type TModelV3 = Extract<TModel, { specificationVersion: 'v3' }>;

/**
 * Each provider's package is imported when a model of it is first called, not before: a command
 * that uses one provider (or none) loads no other. The key is checked at once all the same.
 */
const PROVIDERS: { [P in TProviderId]: TProviderFactory<P> } = {
  openai: (spec, env) => {
    const apiKey = requireKey(env, 'openai');
    return lazyModel('openai.responses', spec.modelId, async () =>
      (await import('@ai-sdk/openai')).createOpenAI({ apiKey })(spec.modelId),
    );
  },
  anthropic: (spec, env) => {
    const apiKey = requireKey(env, 'anthropic');
    return lazyModel('anthropic.messages', spec.modelId, async () =>
      (await import('@ai-sdk/anthropic')).createAnthropic({ apiKey })(spec.modelId),
    );
  },
  google: (spec, env) => {
    const apiKey = requireKey(env, 'google');
    return lazyModel('google.generative-ai', spec.modelId, async () =>
      (await import('@ai-sdk/google')).createGoogleGenerativeAI({ apiKey })(spec.modelId),
    );
  },
  'openai-compatible': (spec, env) => {
    const apiKey = readKey(env, 'openai-compatible');
    return lazyModel('openai-compatible.chat', spec.modelId, async () =>
      (await import('@ai-sdk/openai-compatible'))
        .createOpenAICompatible({
          name: 'openai-compatible',
          baseURL: spec.baseURL,
          apiKey,
          // Ollama, vLLM, LM Studio and llama.cpp's server accept `response_format: json_schema`;
          // without this flag the SDK would send only `json_object` and the schema would be lost.
          supportsStructuredOutputs: true,
        })
        .chatModel(spec.modelId),
    );
  },
};

/** A model that imports its provider on its first call and hands every call to it. */
function lazyModel(provider: string, modelId: string, load: () => Promise<TModelV3>): TModelV3 {
  let loading: Promise<TModelV3> | undefined;
  const loaded = () => {
    loading ??= load();
    return loading;
  };
  return {
    specificationVersion: 'v3',
    provider,
    modelId,
    get supportedUrls() {
      return loaded().then((model) => model.supportedUrls);
    },
    doGenerate: async (options) => (await loaded()).doGenerate(options),
    doStream: async (options) => (await loaded()).doStream(options),
  };
}

/**
 * The AI SDK model for a parsed `--model` spec. Keys come from `env` (the process environment by
 * default) and are checked here, before any request, so a missing key is a clear error up front.
 */
export function createLanguageModel(spec: TModelSpec, env: TEnvironment = process.env): LanguageModel {
  switch (spec.provider) {
    case 'offline':
      throw new CandorError('invalid_argument', 'The offline engine uses no language model.', {
        location: 'model',
      });
    case 'openai':
      return PROVIDERS.openai(spec, env);
    case 'anthropic':
      return PROVIDERS.anthropic(spec, env);
    case 'google':
      return PROVIDERS.google(spec, env);
    case 'openai-compatible':
      return PROVIDERS['openai-compatible'](spec, env);
    default: {
      const unreachable: never = spec;
      throw new CandorError('invalid_argument', `Unknown model provider in ${JSON.stringify(unreachable)}.`);
    }
  }
}

function readKey(env: TEnvironment, provider: TProviderId): string | undefined {
  const value = env[API_KEY_VARIABLES[provider]]?.trim();
  return value === undefined || value.length === 0 ? undefined : value;
}

function requireKey(env: TEnvironment, provider: TProviderId): string {
  const key = readKey(env, provider);
  if (key === undefined) {
    const variable = API_KEY_VARIABLES[provider];
    throw new CandorError('missing_api_key', `${variable} is not set: export it, or use --model offline`, {
      location: variable,
    });
  }
  return key;
}
