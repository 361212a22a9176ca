import { generateText, streamText } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { createLanguageModel } from '../../src/adapters/models/create-language-model.js';
import { parseModelSpec } from '../../src/core/model-spec.js';
import { startScriptedOpenAIServer, type TScriptedOpenAIServer } from './scripted-openai-server.js';

let server: TScriptedOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const modelFor = (baseURL: string) =>
  createLanguageModel(parseModelSpec(`openai-compatible:${baseURL}#scripted`), {});

describe('startScriptedOpenAIServer', () => {
  it('streams a reply as server-sent events when asked to', async () => {
    server = await startScriptedOpenAIServer([
      {
        kind: 'content',
        content: 'What did you measure after the rollout?',
        chunkSize: 5,
        usage: { promptTokens: 12, completionTokens: 9 },
      },
    ]);
    const result = streamText({ model: modelFor(server.baseURL), prompt: 'Ask the next question.' });
    const chunks: string[] = [];
    for await (const chunk of result.textStream) chunks.push(chunk);
    expect(chunks.join('')).toBe('What did you measure after the rollout?');
    expect(chunks.length).toBeGreaterThan(1);
    expect((await result.usage).outputTokens).toBe(9);
    expect(server.requests[0]!.body).toMatchObject({ model: 'scripted', stream: true });
  });

  it('answers from a script function and records requests', async () => {
    server = await startScriptedOpenAIServer((request, index) =>
      index === 0
        ? { kind: 'content', content: `echo ${request.body?.model}` }
        : { kind: 'error', status: 503, retryAfterMs: null },
    );
    const model = modelFor(server.baseURL);
    expect((await generateText({ model, prompt: 'hi' })).text).toBe('echo scripted');
    await expect(generateText({ model, prompt: 'again', maxRetries: 0 })).rejects.toMatchObject({
      statusCode: 503,
    });
    expect(server.requests.map((request) => request.path)).toEqual([
      '/v1/chat/completions',
      '/v1/chat/completions',
    ]);
  });

  it('answers an array script in order and reports requests beyond it as a 500', async () => {
    server = await startScriptedOpenAIServer([{ kind: 'content', content: 'one' }]);
    const model = modelFor(server.baseURL);
    expect((await generateText({ model, prompt: 'first' })).text).toBe('one');
    await expect(generateText({ model, prompt: 'second', maxRetries: 0 })).rejects.toMatchObject({
      statusCode: 500,
      message: 'No scripted reply for request 2',
    });
  });
});
