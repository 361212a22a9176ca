import { describe, expect, it } from 'vitest';
import { CandorError } from '../../core/candor-error.js';
import { parseModelSpec } from '../../core/model-spec.js';
import { createLanguageModel } from './create-language-model.js';

const modelOf = (spec: string, env: Record<string, string | undefined>) => {
  const model = createLanguageModel(parseModelSpec(spec), env);
  if (typeof model === 'string') throw new Error('expected a model object');
  return model;
};

describe('createLanguageModel', () => {
  it('creates each provider’s model from its key', () => {
    expect(modelOf('openai:gpt-4o-mini', { OPENAI_API_KEY: 'sk-test' })).toMatchObject({
      modelId: 'gpt-4o-mini',
    });
    expect(modelOf('anthropic:claude-sonnet-4-5', { ANTHROPIC_API_KEY: 'k' }).provider).toMatch(/^anthropic/);
    expect(modelOf('google:gemini-2.5-flash', { GOOGLE_GENERATIVE_AI_API_KEY: 'k' }).provider).toMatch(
      /^google/,
    );
  });

  it('needs no key for an OpenAI-compatible endpoint', () => {
    const model = modelOf('openai-compatible:http://127.0.0.1:11434/v1#llama3.1', {});
    expect(model.modelId).toBe('llama3.1');
    expect(model.provider).toMatch(/^openai-compatible/);
  });

  it.each([
    ['openai:gpt-4o-mini', 'OPENAI_API_KEY'],
    ['anthropic:claude-sonnet-4-5', 'ANTHROPIC_API_KEY'],
    ['google:gemini-2.5-flash', 'GOOGLE_GENERATIVE_AI_API_KEY'],
  ])('fails with missing_api_key for %s when %s is unset or blank', (spec, variable) => {
    for (const env of [{}, { [variable]: '  ' }]) {
      const error = (() => {
        try {
          createLanguageModel(parseModelSpec(spec), env);
        } catch (caught) {
          return caught;
        }
      })();
      expect(CandorError.isInstance(error)).toBe(true);
      if (!CandorError.isInstance(error)) return;
      expect(error.code).toBe('missing_api_key');
      expect(error.message).toBe(`${variable} is not set: export it, or use --model offline`);
    }
  });

  it('reads process.env by default', () => {
    const saved = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    try {
      expect(() => createLanguageModel(parseModelSpec('openai:gpt-4o-mini'))).toThrow(
        'OPENAI_API_KEY is not set',
      );
    } finally {
      if (saved !== undefined) process.env.OPENAI_API_KEY = saved;
    }
  });

  it('has no model for the offline engine', () => {
    expect(() => createLanguageModel({ provider: 'offline' }, {})).toThrow(
      /offline engine uses no language model/,
    );
  });

  it('reads each hosted provider’s base URL and the OpenAI API choice, and refuses bad values by name', () => {
    const responses = modelOf('openai:gpt-4o-mini', { OPENAI_API_KEY: 'k' });
    expect(responses.provider).toBe('openai.responses');
    const chat = modelOf('openai:gpt-4o-mini', { OPENAI_API_KEY: 'k', CANDOR_OPENAI_API: 'chat' });
    expect(chat.provider).toBe('openai.chat');
    const failure = (spec: string, env: Record<string, string>) => {
      try {
        createLanguageModel(parseModelSpec(spec), env);
      } catch (caught) {
        return CandorError.isInstance(caught) ? [caught.code, caught.message] : caught;
      }
      return undefined;
    };
    expect(failure('openai:gpt-4o-mini', { OPENAI_API_KEY: 'k', CANDOR_OPENAI_API: 'assistants' })).toEqual([
      'invalid_argument',
      'CANDOR_OPENAI_API must be "responses" or "chat" (got "assistants").',
    ]);
    expect(
      failure('anthropic:claude-sonnet-4-5', { ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: 'ftp://x' }),
    ).toEqual(['invalid_argument', 'ANTHROPIC_BASE_URL must be an http(s) URL (got "ftp://x").']);
    expect(
      failure('google:gemini-2.5-flash', {
        GOOGLE_GENERATIVE_AI_API_KEY: 'k',
        GOOGLE_GENERATIVE_AI_BASE_URL: 'not a url',
      }),
    ).toEqual([
      'invalid_argument',
      'GOOGLE_GENERATIVE_AI_BASE_URL must be an http(s) URL (got "not a url").',
    ]);
  });
});
