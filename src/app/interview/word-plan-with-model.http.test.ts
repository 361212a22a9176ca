import { afterEach, describe, expect, it } from 'vitest';
import {
  startScriptedOpenAIServer,
  type TScript,
  type TScriptedOpenAIServer,
} from '../../../test/support/scripted-openai-server.js';
import { createMemoryAuditLog } from '../../adapters/audit-log.js';
import { createLanguageModel } from '../../adapters/models/create-language-model.js';
import { formatModelSpec, parseModelSpec } from '../../core/model-spec.js';
import { SEED_JOB, SEED_RESUME } from '../../core/plan/__fixtures__/seed-case.js';
import { parsePlan } from '../../core/plan/parse-plan.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import { type TWordPlanWithModelInput, wordPlanWithModel } from './word-plan-with-model.js';

/*
 * The plan's wording over the real wire: @ai-sdk/openai-compatible, made by createLanguageModel,
 * talking to a scripted Chat Completions server on 127.0.0.1. Error replies carry
 * `retry-after-ms: 10`, which the AI SDK honours instead of its 2 s / 4 s backoff.
 */
let server: TScriptedOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
const ids = plan.questions.map((question) => question.id);
const worded = (id: string) => `Over the wire, ${id}: what was your part in it?`;

async function wordAgainst(script: TScript, overrides: Partial<TWordPlanWithModelInput> = {}) {
  server = await startScriptedOpenAIServer(script);
  const spec = parseModelSpec(`openai-compatible:${server.baseURL}#scripted-llm`);
  return wordPlanWithModel({
    plan,
    resume: SEED_RESUME,
    model: createLanguageModel(spec, {}),
    modelId: formatModelSpec(spec),
    ...overrides,
  });
}

describe('wordPlanWithModel over HTTP (OpenAI-compatible)', () => {
  it("words the plan in one structured request and keeps everything but the questions' text", async () => {
    const result = await wordAgainst([
      {
        kind: 'content',
        content: JSON.stringify({ questions: ids.map((id) => ({ id, text: worded(id) })) }),
      },
    ]);
    expect(result.notes).toEqual([]);
    expect(result.plan.questions.map((question) => question.text)).toEqual(ids.map(worded));
    expect(result.plan.questions.map(({ text: _text, ...rest }) => rest)).toEqual(
      plan.questions.map(({ text: _text, ...rest }) => rest),
    );
    expect(parsePlan(JSON.stringify(result.plan))).toEqual(result.plan);

    expect(server!.requests).toHaveLength(1);
    const body = server!.requests[0]!.body!;
    expect(body.model).toBe('scripted-llm');
    expect(body.temperature).toBe(0);
    expect(body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'plan_wording' },
    });
    expect(server!.requests[0]!.rawBody).toContain('<planned_question id=\\"Q1\\"');
  });

  it('returns the template plan with a note, not an error, when the server answers 500 every time', async () => {
    const auditLog = createMemoryAuditLog();
    const result = await wordAgainst(() => ({ kind: 'error', status: 500, message: 'Internal error' }), {
      maxRetries: 2,
      auditLog,
    });
    expect(server!.requests).toHaveLength(3);
    expect(result.plan).toBe(plan);
    expect(result.notes).toEqual([
      'openai-compatible:scripted-llm could not word the plan (HTTP 500 after 3 attempts: Internal error); every question keeps its template wording.',
    ]);
    expect(auditLog.entries.map((entry) => [entry.attempt, entry.ok, entry.error])).toEqual([
      [1, false, 'HTTP 500'],
      [2, false, 'HTTP 500'],
      [3, false, 'HTTP 500'],
    ]);
  });
});
