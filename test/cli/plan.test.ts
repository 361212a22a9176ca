/** `candor plan` as a user runs it: the real CLI in a child process. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plan/parse-plan.js';
import { createTemporaryDirectory, runCli, SEED_JOB_FILE, SEED_RESUME_FILE } from './cli-process.js';

let directory: ReturnType<typeof createTemporaryDirectory>;
beforeEach(() => {
  directory = createTemporaryDirectory('candor-cli-plan-');
});
afterEach(() => {
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
