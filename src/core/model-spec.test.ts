import { describe, expect, it } from 'vitest';
import { CandorError } from './candor-error.js';
import { formatModelSpec, parseModelSpec, safeParseModelSpec } from './model-spec.js';

describe('parseModelSpec', () => {
  it('reads offline and the hosted providers', () => {
    expect(parseModelSpec('offline')).toEqual({ provider: 'offline' });
    expect(parseModelSpec('openai:gpt-4o-mini')).toEqual({ provider: 'openai', modelId: 'gpt-4o-mini' });
    expect(parseModelSpec('anthropic:claude-sonnet-4-5')).toEqual({
      provider: 'anthropic',
      modelId: 'claude-sonnet-4-5',
    });
    expect(parseModelSpec(' google:gemini-2.5-flash ')).toEqual({
      provider: 'google',
      modelId: 'gemini-2.5-flash',
    });
  });

  it('keeps colons in model ids (fine-tuned OpenAI models)', () => {
    expect(parseModelSpec('openai:ft:gpt-4o-mini:acme::abc123')).toEqual({
      provider: 'openai',
      modelId: 'ft:gpt-4o-mini:acme::abc123',
    });
  });

  it('reads an OpenAI-compatible endpoint and model, Ollama tags included', () => {
    expect(parseModelSpec('openai-compatible:http://127.0.0.1:11434/v1#llama3.1:8b')).toEqual({
      provider: 'openai-compatible',
      baseURL: 'http://127.0.0.1:11434/v1',
      modelId: 'llama3.1:8b',
    });
    expect(parseModelSpec('openai-compatible:https://llm.internal/v1/#qwen')).toMatchObject({
      baseURL: 'https://llm.internal/v1',
    });
  });

  it.each([
    ['', 'empty'],
    ['gpt-4o', 'names no provider'],
    ['mistral:large', 'not a known provider'],
    ['openai:', 'model name'],
    ['openai:gpt 4o', 'model name'],
    ['openai-compatible:http://127.0.0.1:11434/v1', '"#"'],
    ['openai-compatible:localhost:11434#llama3', 'not an http(s) URL'],
    ['openai-compatible:http://127.0.0.1:11434/v1#', 'model name'],
  ])('rejects %j with an invalid_argument error naming the spec and the valid forms', (spec, problem) => {
    const result = safeParseModelSpec(spec);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(CandorError.isInstance(result.error)).toBe(true);
    expect(result.error.code).toBe('invalid_argument');
    expect(result.error.message).toContain(`"${spec}"`);
    expect(result.error.message).toContain(problem);
    expect(result.error.message).toContain('openai-compatible:<baseURL>#<model>');
    expect(() => parseModelSpec(spec)).toThrow(result.error.message);
  });
});

describe('formatModelSpec', () => {
  it('names the engine provider:model, without the endpoint', () => {
    expect(formatModelSpec(parseModelSpec('openai-compatible:http://127.0.0.1:11434/v1#llama3.1'))).toBe(
      'openai-compatible:llama3.1',
    );
    expect(formatModelSpec(parseModelSpec('anthropic:claude-sonnet-4-5'))).toBe(
      'anthropic:claude-sonnet-4-5',
    );
    expect(formatModelSpec({ provider: 'offline' })).toBe('offline');
  });
});
