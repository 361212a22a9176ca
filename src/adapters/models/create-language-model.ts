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
 * The variable each hosted provider reads its base URL from (a proxy, a gateway, a regional
 * endpoint, or a test server): the provider's default endpoint when unset.
 */
export const BASE_URL_VARIABLES = {
  openai: 'OPENAI_BASE_URL',
  anthropic: 'ANTHROPIC_BASE_URL',
  google: 'GOOGLE_GENERATIVE_AI_BASE_URL',
} as const satisfies Record<Exclude<TProviderId, 'openai-compatible'>, string>;

/** `chat` makes `openai:` models use Chat Completions instead of the Responses API (the default). */
export const OPENAI_API_VARIABLE = 'CANDOR_OPENAI_API';

/**
 * Each provider's package is imported when a model of it is first called, not before: a command
 * that uses one provider (or none) loads no other. The key is checked at once all the same.
 */
const PROVIDERS: { [P in TProviderId]: TProviderFactory<P> } = {
  openai: (spec, env) => {
    const settings = { apiKey: requireKey(env, 'openai'), ...baseURL(env, 'openai') };
    const api = openAIApi(env);
    return lazyModel(`openai.${api}`, spec.modelId, async () => {
      const provider = (await import('@ai-sdk/openai')).createOpenAI(settings);
      return api === 'chat' ? provider.chat(spec.modelId) : provider.responses(spec.modelId);
    });
  },
  anthropic: (spec, env) => {
    const settings = { apiKey: requireKey(env, 'anthropic'), ...baseURL(env, 'anthropic') };
    return lazyModel('anthropic.messages', spec.modelId, async () =>
      (await import('@ai-sdk/anthropic')).createAnthropic(settings)(spec.modelId),
    );
  },
  google: (spec, env) => {
    const settings = { apiKey: requireKey(env, 'google'), ...baseURL(env, 'google') };
    return lazyModel('google.generative-ai', spec.modelId, async () =>
      (await import('@ai-sdk/google')).createGoogleGenerativeAI(settings)(spec.modelId),
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

function baseURL(env: TEnvironment, provider: keyof typeof BASE_URL_VARIABLES): { baseURL?: string } {
  const variable = BASE_URL_VARIABLES[provider];
  const value = env[variable]?.trim();
  if (value === undefined || value.length === 0) return {};
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new CandorError('invalid_argument', `${variable} must be an http(s) URL (got "${value}").`, {
      location: variable,
    });
  }
  return { baseURL: value.replace(/\/+$/, '') };
}

function openAIApi(env: TEnvironment): 'responses' | 'chat' {
  const value = env[OPENAI_API_VARIABLE]?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'responses') return 'responses';
  if (value === 'chat') return 'chat';
  throw new CandorError(
    'invalid_argument',
    `${OPENAI_API_VARIABLE} must be "responses" or "chat" (got "${env[OPENAI_API_VARIABLE]}").`,
    { location: OPENAI_API_VARIABLE },
  );
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
