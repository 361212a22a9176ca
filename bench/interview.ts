/**
 * The interviewer's latency: from an answer's submission (submitAnswer, stored durably) to the
 * next question (askNextQuestion, decided, worded and stored), on a real SQLite file. Offline,
 * and with a scripted OpenAI-compatible server on 127.0.0.1 that answers after a fixed delay, so
 * Candor's own overhead over the model's time can be read off.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamText } from 'ai';
import { createLanguageModel } from '../src/adapters/models/create-language-model.js';
import { createDatabase } from '../src/adapters/storage/create-database.js';
import { createKyselySessionStore } from '../src/adapters/storage/kysely-session-store.js';
import { askNextQuestion } from '../src/app/interview/ask-next-question.js';
import { createModelWording } from '../src/app/interview/create-model-wording.js';
import type { TQuestionWording } from '../src/app/interview/question-wording.js';
import { startInterview } from '../src/app/interview/start-interview.js';
import { submitAnswer } from '../src/app/interview/submit-answer.js';
import { loadJob } from '../src/app/load-job.js';
import { loadResume } from '../src/app/load-resume.js';
import type { TSessionStore } from '../src/core/interview/session-store.js';
import { parseModelSpec } from '../src/core/model-spec.js';
import { planInterview } from '../src/core/plan/plan-interview.js';
import { startScriptedOpenAIServer } from '../test/support/scripted-openai-server.js';
import { measure, type TMeasurement } from './measure.js';

/**
 * The model server's fixed think time before it streams its reply: a fast local model, and a
 * hosted one wording a short question (real replies take longer still).
 */
const MODEL_DELAYS_MS = [50, 500] as const;
/** A specific, quantified answer: the policy moves on, so every submission is followed by a new question. */
const STRONG_ANSWER =
  'I deployed a PyTorch model on SageMaker myself and cut p95 latency by 40% for 2 million users; I owned the rollout and the load tests.';
const WORDED_QUESTION = 'Thanks. What did you measure before and after that change, and what moved the most?';

const examples = new URL('../examples/', import.meta.url);

type TSessionCursor = { sessionId: string; answered: number };

/**
 * One measured operation: submit an answer, then ask the next question. Sessions are prepared in
 * advance (each at its first question), so no run pays for starting one.
 */
async function answerThenAsk(
  store: TSessionStore,
  sessions: TSessionCursor[],
  questionsPerSession: number,
  wording: TQuestionWording | undefined,
): Promise<void> {
  const cursor = sessions.find((session) => session.answered < questionsPerSession);
  if (cursor === undefined) throw new Error('bench: ran out of prepared sessions');
  await submitAnswer({ store, sessionId: cursor.sessionId, reply: { kind: 'answer', text: STRONG_ANSWER } });
  const step = await askNextQuestion({
    store,
    sessionId: cursor.sessionId,
    ...(wording === undefined ? {} : { wording }),
  });
  if (step.kind !== 'ask') throw new Error('bench: expected a next question');
  if (wording !== undefined && step.wording.by !== 'model')
    throw new Error('bench: the model did not word it');
  cursor.answered++;
}

export async function benchInterview(): Promise<TMeasurement[]> {
  const directory = mkdtempSync(join(tmpdir(), 'candor-bench-interview-'));
  const database = await createDatabase({ url: join(directory, 'candor.sqlite') });
  const store = createKyselySessionStore({ db: database.db });
  let delayMs: number = MODEL_DELAYS_MS[0];
  // The reply streams in chunks of 16 characters, all at once after the delay: the worst case for
  // Candor, which must process every chunk after the wait instead of while the model generates.
  const server = await startScriptedOpenAIServer(() => ({
    kind: 'content',
    content: WORDED_QUESTION,
    delayMs,
    chunkSize: 16,
  }));
  try {
    const { job } = await loadJob(new URL('job.md', examples).pathname);
    const { resume } = await loadResume(new URL('resume.md', examples).pathname);
    const plan = planInterview({ job, resume });
    // Every plan question after the first, then the closing question.
    const questionsPerSession = plan.questions.length;

    const prepare = async (operations: number): Promise<TSessionCursor[]> => {
      const sessions: TSessionCursor[] = [];
      for (let index = 0; index < Math.ceil(operations / questionsPerSession); index++) {
        const session = await startInterview({ store, job, resume, plan });
        await askNextQuestion({ store, sessionId: session.id });
        sessions.push({ sessionId: session.id, answered: 0 });
      }
      return sessions;
    };

    const results: TMeasurement[] = [];
    const offlineRuns = 300;
    const offlineSessions = await prepare(offlineRuns + 20);
    results.push(
      await measure('interview: answer → next question, offline (SQLite file)', offlineRuns, () =>
        answerThenAsk(store, offlineSessions, questionsPerSession, undefined),
      ),
    );

    const sdkModel = createLanguageModel(parseModelSpec(`openai-compatible:${server.baseURL}#bench`), {});
    const wording = createModelWording({ model: sdkModel, modelId: 'openai-compatible:bench' });
    for (const delay of MODEL_DELAYS_MS) {
      delayMs = delay;
      const runs = delay <= 50 ? 60 : 20;
      const sessions = await prepare(runs + 20);
      const withModel = await measure(
        `interview: answer → next question, model replying after ${delay} ms`,
        runs,
        () => answerThenAsk(store, sessions, questionsPerSession, wording),
      );
      const overheadMs = withModel.medianMs - delay;
      results.push({
        ...withModel,
        name: `${withModel.name} (overhead ${overheadMs.toFixed(1)} ms = ${((100 * overheadMs) / delay).toFixed(1)}%)`,
      });
    }
    // The same request through the AI SDK alone: what the HTTP and streaming client costs, so the
    // overhead above splits into the SDK's share and Candor's own (storage, policy, prompt).
    delayMs = MODEL_DELAYS_MS[0];
    const sdkAlone = await measure(
      `  of which the AI SDK request alone (streamText, ${delayMs} ms server)`,
      60,
      async () => {
        const result = streamText({ model: sdkModel, prompt: 'Word the question.' });
        for await (const _part of result.fullStream);
      },
    );
    results.push({
      ...sdkAlone,
      name: `${sdkAlone.name} (${(sdkAlone.medianMs - delayMs).toFixed(1)} ms over the delay)`,
    });
    return results;
  } finally {
    await server.close();
    await database.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
