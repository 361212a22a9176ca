/** `candor plan` as a user runs it: the real CLI in a child process. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plan/parse-plan.js';
import { startScriptedOpenAIServer, type TScriptedOpenAIServer } from '../support/scripted-openai-server.js';
import { createTemporaryDirectory, runCli, SEED_JOB_FILE, SEED_RESUME_FILE } from './cli-process.js';

let directory: ReturnType<typeof createTemporaryDirectory>;
let server: TScriptedOpenAIServer | undefined;
beforeEach(() => {
  directory = createTemporaryDirectory('candor-cli-plan-');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  directory.remove();
});

const plan = (...extra: string[]) => ['plan', '--job', SEED_JOB_FILE, '--resume', SEED_RESUME_FILE, ...extra];

describe('candor plan', { timeout: 120_000 }, () => {
  it('prints the plan for review: each question, what it tests, its rubric, and what is left uncovered', async () => {
    const run = await runCli(plan(), directory.path);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Interview plan: Generative AI Engineer\n/);
    expect(run.stdout).toContain(
      'Budget: 7 of at most 7 questions, 25 minutes, up to 2 follow-ups per question',
    );
    expect(run.stdout).toMatch(/\nQ1 · JD · [\d.]+ min\n/);
    expect(run.stdout).toContain('  Tests:');
    expect(run.stdout).toContain('  Strong: ');
    expect(run.stdout).toContain('Not covered by any question:');
    expect(run.stderr).toContain('Reading job description');
  });

  it('writes the plan as JSON with --out, in the budget asked for, and says how to use it', async () => {
    const out = join(directory.path, 'plans', 'plan.json');
    const run = await runCli(
      plan('--out', out, '--budget-questions', '3', '--minutes', '15', '--max-follow-ups', '1'),
      directory.path,
    );
    expect(run.code).toBe(0);
    const written = parsePlan(readFileSync(out, 'utf8'));
    expect(written.budget).toEqual({ maxQuestions: 3, minutes: 15, maxProbesPerQuestion: 1 });
    expect(written.questions).toHaveLength(3);
    expect(run.stdout).toContain(
      'Budget: 3 of at most 3 questions, 15 minutes, up to 1 follow-up per question',
    );
    expect(run.stderr).toContain(`Plan written to ${out}`);
    expect(run.stderr).toContain(`--plan ${out}`);
  });

  it("words the questions with a model server: same question ids, types and rubrics, the model's text", async () => {
    // The server words whichever questions the prompt lists, so the test does not hard-code the plan.
    server = await startScriptedOpenAIServer((request) => {
      const prompt = request.body?.messages.map((message) => String(message.content)).join('\n') ?? '';
      const ids = [...prompt.matchAll(/<planned_question id="(Q\d+)"/g)].map((match) => match[1]);
      const questions = ids.map((id) => ({ id, text: `Model wording for ${id}: what did you do there?` }));
      return { kind: 'content', content: JSON.stringify({ questions }) };
    });
    const offlineOut = join(directory.path, 'offline.json');
    const offline = await runCli(plan('--out', offlineOut), directory.path);
    const out = join(directory.path, 'worded.json');
    const run = await runCli(
      plan('--model', `openai-compatible:${server.baseURL}#m`, '--out', out),
      directory.path,
    );
    expect(run.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    const headers = (stdout: string) => stdout.split('\n').filter((line) => /^Q\d+ · /.test(line));
    expect(headers(run.stdout).length).toBeGreaterThan(1);
    expect(headers(run.stdout)).toEqual(headers(offline.stdout));
    for (const header of headers(run.stdout)) {
      const id = header.split(' ')[0];
      expect(run.stdout).toContain(`${header}\n  Model wording for ${id}: what did you do there?\n`);
    }
    expect(run.stderr).toContain('Wording the questions with openai-compatible:m…');
    expect(run.stderr).not.toContain('Note:');
    // Everything but the wording as planned: ids, types, what each question tests, rubrics, minutes.
    const worded = parsePlan(readFileSync(out, 'utf8'));
    const planned = parsePlan(readFileSync(offlineOut, 'utf8'));
    const withoutTexts = (questions: typeof planned.questions) =>
      questions.map(({ text: _text, ...rest }) => rest);
    expect(withoutTexts(worded.questions)).toEqual(withoutTexts(planned.questions));
    expect({ ...worded, questions: [] }).toEqual({ ...planned, questions: [] });
    expect(worded.questions.map((question) => question.text)).toEqual(
      planned.questions.map((question) => `Model wording for ${question.id}: what did you do there?`),
    );
    const audit = readFileSync(join(directory.path, 'data', 'audit.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(audit.map((line) => JSON.parse(line))).toMatchObject([{ operation: 'plan_wording', ok: true }]);
  });

  it('refuses a budget it cannot keep, a missing file and missing flags, with exit code 2', async () => {
    const tight = await runCli(plan('--minutes', '4'), directory.path);
    expect(tight.code).toBe(2);
    expect(tight.stderr).toContain('Invalid interview budget');
    const missing = await runCli(
      ['plan', '--job', join(directory.path, 'nope.md'), '--resume', SEED_RESUME_FILE],
      directory.path,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.md');
    const noResume = await runCli(['plan', '--job', SEED_JOB_FILE], directory.path);
    expect(noResume.code).toBe(2);
    expect(noResume.stderr).toContain("required option '-r, --resume <file>' not specified");
  });
});
