import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkStructuredOutputSchema,
  type TSchemaRules,
} from '../../../test/support/check-structured-output-schema.js';
import {
  startScriptedOpenAIServer,
  type TProtocol,
  type TRecordedRequest,
  type TScript,
  type TScriptedOpenAIServer,
} from '../../../test/support/scripted-openai-server.js';
import { evaluateCandidate } from '../../app/evaluate-candidate.js';
import {
  createClock,
  openTestDatabase,
  planOpeningWith,
  SEED_JOB,
  SEED_RESUME,
  type TTestDatabase,
} from '../../app/interview/__fixtures__/interview-fixtures.js';
import { askNextQuestion } from '../../app/interview/ask-next-question.js';
import { createModelWording } from '../../app/interview/create-model-wording.js';
import { startInterview } from '../../app/interview/start-interview.js';
import { wordPlanWithModel } from '../../app/interview/word-plan-with-model.js';
import { ZEvaluation } from '../../core/evaluation.js';
import { formatModelSpec, parseModelSpec } from '../../core/model-spec.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import { createMemoryAuditLog } from '../audit-log.js';
import { CANDIDATE, job, makeJudgement, resume, transcript } from './__fixtures__/model-replies.js';
import { createLanguageModel } from './create-language-model.js';

/*
 * Every provider Candor offers, over its own protocol: a scripted server on 127.0.0.1 speaking
 * OpenAI's Responses API (the AI SDK's default for `openai:`), OpenAI Chat Completions
 * (CANDOR_OPENAI_API=chat), Anthropic Messages (native structured output, and the JSON-tool mode
 * older Claude models get), Gemini generateContent, and Ollama's OpenAI-compatible endpoint, each
 * reached through the provider's base-URL setting. The evaluation, the plan's wording and a
 * streamed question run against each, and the JSON schema each request carries is checked against
 * that provider's documented structured-output rules.
 */
type TProviderCase = {
  name: string;
  protocol: TProtocol;
  spec: (baseURL: string) => string;
  env: (baseURL: string) => Record<string, string>;
  /** The path every request goes to (Gemini's streamed path differs: `stream` below). */
  path: RegExp;
  streamPath?: RegExp;
  /** The schema in the request and the rules it must follow. */
  schemaOf: (request: TRecordedRequest) => { rules: TSchemaRules; schema: unknown };
  /** How the request authenticates. */
  auth: (request: TRecordedRequest) => string | string[] | undefined;
  authExpected: string | undefined;
};

const body = (request: TRecordedRequest) => request.body as Record<string, unknown>;
const at = (value: unknown, ...keys: string[]) =>
  keys.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

const PROVIDERS: TProviderCase[] = [
  {
    name: 'OpenAI, Responses API (openai:)',
    protocol: 'openai-responses',
    spec: () => 'openai:gpt-4o-mini',
    env: (baseURL) => ({ OPENAI_API_KEY: 'sk-scripted', OPENAI_BASE_URL: baseURL }),
    path: /^\/v1\/responses$/,
    schemaOf: (request) => {
      expect(at(body(request), 'text', 'format')).toMatchObject({ type: 'json_schema', strict: true });
      return { rules: 'openai-strict', schema: at(body(request), 'text', 'format', 'schema') };
    },
    auth: (request) => request.headers.authorization,
    authExpected: 'Bearer sk-scripted',
  },
  {
    name: 'OpenAI, Chat Completions (CANDOR_OPENAI_API=chat)',
    protocol: 'openai-chat',
    spec: () => 'openai:gpt-4o-mini',
    env: (baseURL) => ({
      OPENAI_API_KEY: 'sk-scripted',
      OPENAI_BASE_URL: baseURL,
      CANDOR_OPENAI_API: 'chat',
    }),
    path: /^\/v1\/chat\/completions$/,
    schemaOf: (request) => {
      expect(at(body(request), 'response_format')).toMatchObject({
        type: 'json_schema',
        json_schema: { strict: true },
      });
      return {
        rules: 'openai-strict',
        schema: at(body(request), 'response_format', 'json_schema', 'schema'),
      };
    },
    auth: (request) => request.headers.authorization,
    authExpected: 'Bearer sk-scripted',
  },
  {
    name: 'Anthropic Messages, structured output (anthropic:claude-sonnet-4-5)',
    protocol: 'anthropic',
    spec: () => 'anthropic:claude-sonnet-4-5',
    env: (baseURL) => ({ ANTHROPIC_API_KEY: 'ant-scripted', ANTHROPIC_BASE_URL: baseURL }),
    path: /^\/v1\/messages$/,
    schemaOf: (request) => {
      expect(at(body(request), 'output_config', 'format', 'type')).toBe('json_schema');
      return { rules: 'anthropic', schema: at(body(request), 'output_config', 'format', 'schema') };
    },
    auth: (request) => request.headers['x-api-key'],
    authExpected: 'ant-scripted',
  },
  {
    name: 'Anthropic Messages, JSON tool (anthropic:claude-3-haiku-20240307)',
    protocol: 'anthropic',
    spec: () => 'anthropic:claude-3-haiku-20240307',
    env: (baseURL) => ({ ANTHROPIC_API_KEY: 'ant-scripted', ANTHROPIC_BASE_URL: baseURL }),
    path: /^\/v1\/messages$/,
    schemaOf: (request) => {
      const tools = at(body(request), 'tools') as { name: string; input_schema: unknown }[];
      expect(tools.map((tool) => tool.name)).toEqual(['json']);
      return { rules: 'anthropic-tool', schema: tools[0]!.input_schema };
    },
    auth: (request) => request.headers['x-api-key'],
    authExpected: 'ant-scripted',
  },
  {
    name: 'Google Gemini generateContent (google:)',
    protocol: 'google',
    spec: () => 'google:gemini-2.5-flash',
    env: (baseURL) => ({
      GOOGLE_GENERATIVE_AI_API_KEY: 'goog-scripted',
      GOOGLE_GENERATIVE_AI_BASE_URL: baseURL,
    }),
    path: /^\/v1beta\/models\/gemini-2\.5-flash:generateContent$/,
    streamPath: /^\/v1beta\/models\/gemini-2\.5-flash:streamGenerateContent$/,
    schemaOf: (request) => {
      expect(at(body(request), 'generationConfig', 'responseMimeType')).toBe('application/json');
      return { rules: 'gemini', schema: at(body(request), 'generationConfig', 'responseSchema') };
    },
    auth: (request) => request.headers['x-goog-api-key'],
    authExpected: 'goog-scripted',
  },
  {
    name: 'Ollama, OpenAI-compatible (openai-compatible:)',
    protocol: 'ollama',
    spec: (baseURL) => `openai-compatible:${baseURL}#llama3.1:8b`,
    env: () => ({}),
    path: /^\/v1\/chat\/completions$/,
    schemaOf: (request) => {
      expect(at(body(request), 'response_format', 'type')).toBe('json_schema');
      // Ollama turns the schema into a grammar; OpenAI's strict rules are the common ground.
      return {
        rules: 'openai-strict',
        schema: at(body(request), 'response_format', 'json_schema', 'schema'),
      };
    },
    auth: (request) => request.headers.authorization,
    authExpected: undefined,
  },
];

let server: TScriptedOpenAIServer | undefined;
let folder: string | undefined;
let database: TTestDatabase | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  folder = undefined;
  await database?.cleanUp();
  database = undefined;
});

async function serve(provider: TProviderCase, script: TScript) {
  server = await startScriptedOpenAIServer(script, provider.protocol);
  const spec = provider.spec(server.baseURL);
  const env = provider.env(server.baseURL);
  return { spec, env, model: createLanguageModel(parseModelSpec(spec), env) };
}

function expectSchemaAccepted(provider: TProviderCase, request: TRecordedRequest) {
  const { rules, schema } = provider.schemaOf(request);
  expect(schema).toBeDefined();
  expect(checkStructuredOutputSchema(rules, schema)).toEqual([]);
}

describe.each(PROVIDERS)('$name', (provider) => {
  it('evaluates a candidate: the report, the schema the provider accepts, tokens in the audit log', async () => {
    const { spec, env } = await serve(provider, [
      {
        kind: 'content',
        content: JSON.stringify(makeJudgement()),
        usage: { promptTokens: 1234, completionTokens: 567 },
        chunkSize: 40,
      },
    ]);
    folder = await mkdtemp(join(tmpdir(), 'candor-providers-'));
    const auditLogPath = join(folder, 'audit.jsonl');
    const evaluation = await evaluateCandidate({ job, resume, transcript, model: spec, env, auditLogPath });

    expect(ZEvaluation.parse(evaluation)).toEqual(evaluation);
    expect(evaluation.engine.kind).toBe('model');
    expect(evaluation.engine.model).toBe(formatModelSpec(parseModelSpec(spec)));
    expect(evaluation.policy.model?.recommendation).toBe('Recommend');
    expect(evaluation.recommendation).toBe(
      evaluation.policy.model?.move === 'kept' ? 'Recommend' : evaluation.policy.model?.evidenceBased,
    );
    expect(evaluation.answers.map((answer) => answer.verdict)).toEqual([
      'strong',
      'adequate',
      'strong',
      'non_answer',
    ]);

    expect(server!.requests).toHaveLength(1);
    const request = server!.requests[0]!;
    expect(request.path).toMatch(provider.path);
    expect(provider.auth(request)).toBe(provider.authExpected);
    expect(request.rawBody).not.toContain(CANDIDATE.email);
    expectSchemaAccepted(provider, request);

    const lines = (await readFile(auditLogPath, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      operation: 'judgement',
      ok: true,
      inputTokens: 1234,
      outputTokens: 567,
    });
    expect(lines[0].estimatedInputTokens).toBeGreaterThan(500);
  });

  it("words the interview plan with the provider's structured output", async () => {
    const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
    const worded = (id: string) => `Through ${provider.protocol}, ${id}: what was your own part in it?`;
    const { spec, model } = await serve(provider, [
      {
        kind: 'content',
        content: JSON.stringify({
          questions: plan.questions.map((question) => ({ id: question.id, text: worded(question.id) })),
        }),
      },
    ]);
    const auditLog = createMemoryAuditLog();
    const result = await wordPlanWithModel({
      plan,
      resume: SEED_RESUME,
      model,
      modelId: formatModelSpec(parseModelSpec(spec)),
      auditLog,
    });
    expect(result.notes).toEqual([]);
    expect(result.plan.questions.map((question) => question.text)).toEqual(
      plan.questions.map((question) => worded(question.id)),
    );
    expect(server!.requests).toHaveLength(1);
    expect(server!.requests[0]!.path).toMatch(provider.path);
    expectSchemaAccepted(provider, server!.requests[0]!);
    expect(auditLog.entries.map((entry) => [entry.ok, entry.inputTokens, entry.outputTokens])).toEqual([
      [true, 100, 50],
    ]);
  });

  it('streams a worded interview question', async () => {
    const question = 'Which part of that rollout did you own, and what did you measure afterwards?';
    const { spec, model } = await serve(provider, [{ kind: 'content', content: question, chunkSize: 7 }]);
    database = await openTestDatabase();
    const clock = createClock();
    const auditLog = createMemoryAuditLog();
    const session = await startInterview({
      store: database.store,
      job: SEED_JOB,
      resume: SEED_RESUME,
      plan: planOpeningWith('JD'),
      now: clock.now,
    });
    const streamed: string[] = [];
    const step = await askNextQuestion({
      store: database.store,
      sessionId: session.id,
      now: clock.now,
      wording: createModelWording({ model, modelId: formatModelSpec(parseModelSpec(spec)), auditLog }),
      onToken: (text) => streamed.push(text),
    });
    if (step.kind !== 'ask') throw new Error('expected a question');
    expect(step.turn.wordedBy).toBe('model');
    expect(step.turn.question).toBe(question);
    expect(streamed.length).toBeGreaterThan(2);
    expect(streamed.join('')).toBe(question);

    const request = server!.requests[0]!;
    expect(request.path).toMatch(provider.streamPath ?? provider.path);
    if (provider.streamPath === undefined) expect(body(request).stream).toBe(true);
    expect(
      auditLog.entries.map((entry) => [entry.operation, entry.ok, entry.inputTokens, entry.outputTokens]),
    ).toEqual([[expect.any(String), true, 100, 50]]);
  });

  it('retries a 429 in the provider’s own error format, then succeeds', async () => {
    const { spec, env } = await serve(provider, [
      { kind: 'error', status: 429, message: 'Slow down' },
      { kind: 'content', content: JSON.stringify(makeJudgement()) },
    ]);
    const evaluation = await evaluateCandidate({ job, resume, transcript, model: spec, env });
    expect(server!.requests).toHaveLength(2);
    expect(evaluation.notes).toContain('1 request to the model failed (HTTP 429) and was retried.');
  });
});

describe('checkStructuredOutputSchema', () => {
  it('finds what each provider would reject', () => {
    const open = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] };
    const optional = {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      required: ['a'],
      additionalProperties: false,
    };
    expect(checkStructuredOutputSchema('openai-strict', open)).toEqual([
      '$: an object must set additionalProperties: false',
    ]);
    expect(checkStructuredOutputSchema('openai-strict', optional)).toEqual([
      '$: property "b" is not required',
    ]);
    expect(checkStructuredOutputSchema('gemini', { ...optional, $ref: '#/x' })).toEqual([
      '$: unsupported keyword "additionalProperties"',
      '$: unsupported keyword "$ref"',
    ]);
    expect(checkStructuredOutputSchema('gemini', { type: ['string', 'null'] })).toEqual([
      '$: type must be one type name (got ["string","null"])',
    ]);
    expect(
      checkStructuredOutputSchema('anthropic', {
        ...optional,
        properties: { a: { type: 'number', minimum: 0 }, b: { type: 'array', minItems: 2 } },
      }),
    ).toEqual(['$.a: unsupported keyword "minimum"', '$.b: minItems may only be 0 or 1']);
    expect(checkStructuredOutputSchema('anthropic-tool', { type: 'string' })).toEqual([
      '$: a tool input schema must be an object',
    ]);
  });
});
