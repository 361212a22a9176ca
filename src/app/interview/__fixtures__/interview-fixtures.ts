/**
 * Shared by the interview use-case tests: a real SQLite store in a temporary folder, a clock the
 * test moves, plans that open with the question a test needs, and mock-model stream replies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { simulateReadableStream } from 'ai';
import type { MockLanguageModelV3 } from 'ai/test';
import { createDatabase, type TCandorDatabase } from '../../../adapters/storage/create-database.js';
import { createKyselySessionStore } from '../../../adapters/storage/kysely-session-store.js';
import type { TSessionStore } from '../../../core/interview/session-store.js';
import type { TInterviewPlan, TPlannedQuestionType } from '../../../core/plan/interview-plan.js';
import { planInterview } from '../../../core/plan/plan-interview.js';
import { SEED_JOB, SEED_RESUME } from '../../../core/plan/__fixtures__/seed-case.js';

export { SEED_JOB, SEED_RESUME };

export const START = Date.parse('2025-03-01T09:00:00.000Z');

/** A clock the test moves: `clock.at(minutes)` sets it, `clock.now` reads it (ISO 8601). */
export function createClock() {
  let minutes = 0;
  return {
    now: () => new Date(START + minutes * 60_000).toISOString(),
    at(value: number) {
      minutes = value;
    },
    advance(value: number) {
      minutes += value;
    },
  };
}

export type TTestDatabase = {
  directory: string;
  path: string;
  store: TSessionStore;
  database: TCandorDatabase;
  /** A second connection to the same file: what another process would read. */
  reopen(): Promise<{ store: TSessionStore; close(): Promise<void> }>;
  cleanUp(): Promise<void>;
};

export async function openTestDatabase(): Promise<TTestDatabase> {
  const directory = mkdtempSync(join(tmpdir(), 'candor-interview-'));
  const path = join(directory, 'candor.sqlite');
  const database = await createDatabase({ url: path });
  return {
    directory,
    path,
    database,
    store: createKyselySessionStore({ db: database.db }),
    async reopen() {
      const other = await createDatabase({ url: path });
      return { store: createKyselySessionStore({ db: other.db }), close: () => other.close() };
    },
    async cleanUp() {
      await database.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The seed plan with its first question of `type` moved to the front (and a probe budget). */
export function planOpeningWith(type: TPlannedQuestionType, maxProbesPerQuestion = 2): TInterviewPlan {
  const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
  const first = plan.questions.find((question) => question.type === type);
  if (first === undefined) throw new Error(`the seed plan has no ${type} question`);
  const rest = plan.questions.filter((question) => question !== first);
  return {
    ...plan,
    budget: { ...plan.budget, maxProbesPerQuestion },
    questions: [first, ...rest].map((question, index) => ({ ...question, id: `Q${index + 1}` })),
  };
}

type TStreamResult = Awaited<ReturnType<MockLanguageModelV3['doStream']>>;

/** A provider stream that sends `text` in pieces of `size` characters, then finishes. */
export function streamReply(text: string, size = 7): TStreamResult {
  const deltas: LanguageModelV3StreamPart[] = [];
  for (let start = 0; start < text.length; start += size) {
    deltas.push({ type: 'text-delta', id: '0', delta: text.slice(start, start + size) });
  }
  return {
    stream: simulateReadableStream<LanguageModelV3StreamPart>({
      chunks: [
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: '0' },
        ...deltas,
        { type: 'text-end', id: '0' },
        {
          type: 'finish',
          finishReason: { unified: 'stop', raw: 'stop' },
          usage: {
            inputTokens: { total: 300, noCache: 300, cacheRead: undefined, cacheWrite: undefined },
            outputTokens: { total: 20, text: 20, reasoning: undefined },
          },
        },
      ],
    }),
  };
}

export function cleanUpDirectory(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
}
