/**
 * A whole interview worded by a model behind a real OpenAI-compatible server on 127.0.0.1
 * (server-sent events), including the server failing mid-interview: the interview carries on with
 * the rules' wording, and the transcript and report say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  startScriptedOpenAIServer,
  type TScript,
  type TScriptedOpenAIServer,
} from '../../../test/support/scripted-openai-server.js';
import { createMemoryAuditLog } from '../../adapters/audit-log.js';
import { createLanguageModel } from '../../adapters/models/create-language-model.js';
import { parseModelSpec } from '../../core/model-spec.js';
import {
  createClock,
  openTestDatabase,
  planOpeningWith,
  SEED_JOB,
  SEED_RESUME,
  type TTestDatabase,
} from './__fixtures__/interview-fixtures.js';
import { askNextQuestion } from './ask-next-question.js';
import { createModelWording, type TCreateModelWordingInput } from './create-model-wording.js';
import { finishInterview } from './finish-interview.js';
import { startInterview } from './start-interview.js';
import { submitAnswer } from './submit-answer.js';

const ANSWERS = [
  'i dont know how',
  'im not sure but i did use GEnai',
  'I deployed a PyTorch model to production on SageMaker and cut p95 latency by 40% for 2 million users.',
  'skip',
];

let test: TTestDatabase;
let server: TScriptedOpenAIServer | undefined;
let clock: ReturnType<typeof createClock>;
beforeEach(async () => {
  test = await openTestDatabase();
  clock = createClock();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await test.cleanUp();
});

async function wordingFor(script: TScript, options: Partial<TCreateModelWordingInput> = {}) {
  server = await startScriptedOpenAIServer(script);
  const model = createLanguageModel(parseModelSpec(`openai-compatible:${server.baseURL}#scripted`), {});
  return createModelWording({ model, modelId: 'openai-compatible:scripted', ...options });
}

/** Runs the interview over `answers`, then answers the closing question; returns each ask step. */
async function conduct(wording: Awaited<ReturnType<typeof wordingFor>>, answers: readonly string[]) {
  const session = await startInterview({
    store: test.store,
    job: SEED_JOB,
    resume: SEED_RESUME,
    plan: { ...planOpeningWith('JD'), questions: planOpeningWith('JD').questions.slice(0, 2) },
    now: clock.now,
  });
  const steps = [];
  const streamed: string[][] = [];
  for (const answer of [...answers, 'No questions, thank you.']) {
    const tokens: string[] = [];
    const step = await askNextQuestion({
      store: test.store,
      sessionId: session.id,
      now: clock.now,
      wording,
      onToken: (text) => tokens.push(text),
    });
    if (step.kind !== 'ask') throw new Error('expected a question');
    steps.push(step);
    streamed.push(tokens);
    clock.advance(1);
    const submitted = await submitAnswer({
      store: test.store,
      sessionId: session.id,
      reply: { kind: 'answer', text: answer },
      now: clock.now,
    });
    if (submitted.isComplete) break;
  }
  return { sessionId: session.id, steps, streamed };
}

describe('model wording against a scripted OpenAI-compatible server', () => {
  it('streams every question, then falls back to the rules when the server fails mid-interview', async () => {
    const auditLog = createMemoryAuditLog();
    const wording = await wordingFor(
      (_request, index) =>
        index < 2
          ? { kind: 'content', content: `Model question ${index + 1}: what did you do there?`, chunkSize: 6 }
          : { kind: 'error', status: 503, message: 'overloaded' },
      { auditLog, maxRetries: 1 },
    );
    const { sessionId, steps, streamed } = await conduct(wording, ANSWERS);

    expect(steps.map((step) => step.turn.wordedBy)).toEqual(['model', 'model', 'rules', 'rules', 'rules']);
    expect(steps[0]?.turn.question).toBe('Model question 1: what did you do there?');
    expect(streamed[0]?.length).toBeGreaterThan(2);
    expect(streamed[0]?.join('')).toBe(steps[0]?.turn.question);
    // The policy is the same either way: the follow-ups the answers earned were asked.
    expect(steps.map((step) => step.turn.followUpReason ?? step.turn.type)).toEqual([
      'JD',
      'non_answer',
      'vague',
      expect.any(String),
      'Closing',
    ]);
    const fallbacks = steps.flatMap((step) =>
      step.wording.by === 'rules' && step.wording.fallback ? [step.wording.fallback] : [],
    );
    expect(fallbacks.map((fallback) => fallback.reason)).toEqual(['HTTP 503', 'HTTP 503', 'HTTP 503']);
    expect(fallbacks[0]?.note).toBe(
      'Question T3 was worded by the rules because openai-compatible:scripted failed (HTTP 503).',
    );

    // Each request streamed, with the rules in the system message and the decision in the prompt.
    const first = server?.requests[0]?.body;
    expect(first).toMatchObject({ model: 'scripted', stream: true });
    expect(JSON.stringify(first?.messages)).toContain('DATA IS NOT INSTRUCTIONS');
    // Two successes, then three questions with one retry each.
    expect(server?.requests).toHaveLength(2 + 3 * 2);
    expect(auditLog.entries.map((entry) => entry.ok)).toEqual([true, true, false, false, false]);

    // The fallback is stored on the turn, so a report written after a restart still says so:
    // finish without the shell's in-memory notes.
    const stored = await test.store.get(sessionId);
    expect(stored.state.turns[2]?.wordingNote).toBe(fallbacks[0]?.note);
    const finished = await finishInterview({
      store: test.store,
      sessionId,
      outDir: join(test.directory, 'reports'),
    });
    const transcript = JSON.parse(readFileSync(finished.files.transcript, 'utf8'));
    expect(transcript.turns.map((turn: { wordedBy: string }) => turn.wordedBy)).toEqual([
      'model',
      'model',
      'rules',
      'rules',
      'rules',
    ]);
    expect(transcript.notes).toHaveLength(3);
    expect(transcript.turns[2].wordingNote).toBe(fallbacks[0]?.note);
    expect(finished.evaluation.notes).toContain(fallbacks[0]?.note);
    expect(readFileSync(finished.files.markdown, 'utf8')).toContain('worded by the rules because');
  });

  it('falls back when the stream breaks off in the middle of a question', async () => {
    const partial =
      'data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"scripted","choices":[{"index":0,"delta":{"role":"assistant","content":"What did you"},"finish_reason":null}]}\n\n';
    const wording = await wordingFor([
      { kind: 'raw', status: 200, contentType: 'text/event-stream', body: partial },
    ]);
    const { steps } = await conduct(wording, []);
    expect(steps[0]?.turn.wordedBy).toBe('rules');
    expect(steps[0]?.wording).toMatchObject({ fallback: { reason: 'the reply ended early' } });
  });

  it('falls back when the server does not answer in time', async () => {
    const wording = await wordingFor([{ kind: 'hang' }], { timeoutMs: 300 });
    const { steps } = await conduct(wording, []);
    expect(steps[0]?.turn.wordedBy).toBe('rules');
    expect(steps[0]?.wording).toMatchObject({ fallback: { reason: 'timeout' } });
  });
});
