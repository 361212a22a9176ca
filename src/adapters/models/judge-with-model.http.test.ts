import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startScriptedOpenAIServer,
  type TScript,
  type TScriptedOpenAIServer,
} from '../../../test/support/scripted-openai-server.js';
import { CandorError } from '../../core/candor-error.js';
import { ZEvaluation } from '../../core/evaluation.js';
import { PROMPT_VERSION } from '../../core/judgement/build-judgement-prompt.js';
import { formatModelSpec, parseModelSpec } from '../../core/model-spec.js';
import { createFileAuditLog } from '../audit-log.js';
import {
  CANDIDATE,
  job,
  makeBaseline,
  makeJudgement,
  resume,
  signals,
  transcript,
} from './__fixtures__/model-replies.js';
import { createLanguageModel } from './create-language-model.js';
import { judgeWithModel, type TJudgeWithModelInput } from './judge-with-model.js';

/*
 * The judgement over the real wire: @ai-sdk/openai-compatible, made by createLanguageModel,
 * talking to a scripted Chat Completions server on 127.0.0.1. Error replies carry
 * `retry-after-ms: 10`, which the AI SDK honours instead of its 2 s / 4 s / 8 s backoff.
 */
let server: TScriptedOpenAIServer | undefined;
let folder: string | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

const valid = {
  kind: 'content',
  content: JSON.stringify(makeJudgement()),
  usage: { promptTokens: 900, completionTokens: 300 },
} as const;

async function judgeAgainst(
  script: TScript,
  overrides: Partial<TJudgeWithModelInput> = {},
  env: Record<string, string> = {},
) {
  server = await startScriptedOpenAIServer(script);
  const spec = parseModelSpec(`openai-compatible:${server.baseURL}#scripted-llm`);
  return judgeWithModel({
    model: createLanguageModel(spec, env),
    modelId: formatModelSpec(spec),
    job,
    resume,
    transcript,
    baseline: makeBaseline(),
    signals,
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<CandorError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CandorError.isInstance(error)) throw new Error(`expected a CandorError, got ${String(error)}`);
  return error;
}

describe('judgeWithModel over HTTP (OpenAI-compatible)', () => {
  it('retries a 429 and produces the report', async () => {
    const evaluation = await judgeAgainst(
      [{ kind: 'error', status: 429, message: 'Rate limit reached' }, valid],
      {
        maxRetries: 1,
      },
    );
    expect(server!.requests).toHaveLength(2);
    expect(ZEvaluation.parse(evaluation).engine).toEqual({
      kind: 'model',
      model: 'openai-compatible:scripted-llm',
      promptVersion: PROMPT_VERSION,
    });
    expect(evaluation.notes).toContain('1 request to the model failed (HTTP 429) and was retried.');

    const body = server!.requests[1]!.body!;
    expect(body.model).toBe('scripted-llm');
    expect(body.temperature).toBe(0);
    expect(body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'candidate_judgement' },
    });
    expect(server!.requests[0]!.headers.authorization).toBeUndefined();
    expect(server!.requests[0]!.rawBody).not.toContain(CANDIDATE.email);
  });

  it('sends the optional OpenAI-compatible key as a bearer token', async () => {
    await judgeAgainst([valid], {}, { CANDOR_OPENAI_COMPATIBLE_API_KEY: 'local-secret' });
    expect(server!.requests[0]!.headers.authorization).toBe('Bearer local-secret');
  });

  it('fails with a clear model_failed after two malformed replies', async () => {
    const prose = { kind: 'content', content: 'Sure! The candidate seems great overall.' } as const;
    const error = await failure(judgeAgainst([prose, prose, valid]));
    expect(server!.requests).toHaveLength(2);
    expect(error.code).toBe('model_failed');
    expect(error.message).toBe(
      'openai-compatible:scripted-llm failed: it replied twice without a usable judgement (not JSON). Try again, try another model, or use --model offline.',
    );
  });

  it('treats a 200 whose body is not a chat completion as malformed', async () => {
    const garbage = {
      kind: 'raw',
      status: 200,
      body: '<html>proxy login</html>',
      contentType: 'text/html',
    } as const;
    const error = await failure(judgeAgainst([garbage, garbage]));
    expect(server!.requests).toHaveLength(2);
    expect(error.message).toContain('the response body was not a valid chat completion');
  });

  it('gives up on a 500 after its retries with model_failed naming the provider and status', async () => {
    const error = await failure(
      judgeAgainst(
        [500, 500, 500, 500].map((status) => ({ kind: 'error', status, message: 'Internal error' })),
        { maxRetries: 2 },
      ),
    );
    expect(server!.requests).toHaveLength(3);
    expect(error.code).toBe('model_failed');
    expect(error.message).toBe(
      'openai-compatible:scripted-llm failed: the provider answered HTTP 500 (server error) (3 attempts): Internal error',
    );
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it('does not retry a 401', async () => {
    const error = await failure(
      judgeAgainst([{ kind: 'error', status: 401, message: 'Invalid API key' }, valid]),
    );
    expect(server!.requests).toHaveLength(1);
    expect(error.message).toContain('HTTP 401 (not authorised: check the API key)');
  });

  it('times out on a reply that never comes', async () => {
    const started = Date.now();
    const error = await failure(judgeAgainst([{ kind: 'hang' }, valid], { timeoutMs: 300 }));
    expect(server!.requests).toHaveLength(1);
    expect(error.code).toBe('model_failed');
    expect(error.message).toBe(
      'openai-compatible:scripted-llm failed: no reply within 300 ms (timed out). Try again, allow more time, or use --model offline.',
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('writes one audit line per request to a real file, without candidate text', async () => {
    folder = await mkdtemp(join(tmpdir(), 'candor-audit-'));
    const path = join(folder, 'audit.jsonl');
    await judgeAgainst(
      [{ kind: 'error', status: 429 }, { kind: 'content', content: '{"summary": "cut off' }, valid],
      { auditLog: createFileAuditLog(path) },
    );
    expect(server!.requests).toHaveLength(3);
    const text = await readFile(path, 'utf8');
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(
      lines.map((line) => [line.attempt, line.ok, line.error, line.inputTokens, line.outputTokens]),
    ).toEqual([
      [1, false, 'HTTP 429', null, null],
      [2, false, 'malformed reply: not JSON', 100, 50],
      [3, true, undefined, 900, 300],
    ]);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(
        [
          'at',
          'attempt',
          'estimatedInputTokens',
          'inputTokens',
          'latencyMs',
          'model',
          'ok',
          'operation',
          'outputTokens',
          'promptVersion',
          ...(line.error ? ['error'] : []),
        ].sort(),
      );
      expect(line).toMatchObject({
        model: 'openai-compatible:scripted-llm',
        operation: 'judgement',
        promptVersion: PROMPT_VERSION,
      });
      expect(Number.isNaN(Date.parse(line.at))).toBe(false);
      expect(line.latencyMs).toBeGreaterThanOrEqual(0);
    }
    for (const secret of [CANDIDATE.name, CANDIDATE.email, 'FastAPI', 'Kubernetes'])
      expect(text).not.toContain(secret);
  });

  it('fails with missing_api_key before any request when OPENAI_API_KEY is not set', async () => {
    const error = (() => {
      try {
        createLanguageModel(parseModelSpec('openai:gpt-4o-mini'), {});
      } catch (caught) {
        return caught;
      }
    })();
    expect(CandorError.isInstance(error) && [error.code, error.message]).toEqual([
      'missing_api_key',
      'OPENAI_API_KEY is not set: export it, or use --model offline',
    ]);
  });
});
