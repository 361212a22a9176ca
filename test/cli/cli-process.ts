/**
 * Runs the real CLI (`node bin/candor.js`, which loads dist/: `npm test` builds first) as a child
 * process with piped stdin, for the CLI tests. Waits poll; nothing depends on timing.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { TInterviewState } from '../../src/core/interview/interview-state.js';

export const CLI = fileURLToPath(new URL('../../bin/candor.js', import.meta.url));
export const SEED_CASE = fileURLToPath(
  new URL('../../test/fixtures/cases/seed-genai-engineer/', import.meta.url),
);
export const SEED_JOB_FILE = join(SEED_CASE, 'job.md');
export const SEED_RESUME_FILE = join(SEED_CASE, 'resume.md');

if (!existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)))) {
  throw new Error(
    'The CLI tests run bin/candor.js, which needs dist/: run `npm run build` first (npm test does).',
  );
}

export type TCliRun = {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited (and its output is read). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Starts `candor <args>` in `cwd` with a clean environment (no CANDOR_MODEL, no colour). */
export function startCli(args: readonly string[], cwd: string): TCliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.CANDOR_MODEL;
  delete env.CANDOR_DEBUG;
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  // A child that exits before reading all of its input is not an error here.
  child.stdin.on('error', () => {});
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Runs `candor <args>` to the end with `input` on stdin (then closed). */
export async function runCli(
  args: readonly string[],
  cwd: string,
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = startCli(args, cwd);
  run.child.stdin.end(input);
  const { code } = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** Polls `check` until it returns something other than undefined/false; fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The session id a new interview prints on stderr. */
export function sessionIdIn(stderr: string): string | undefined {
  return /Session ([a-z2-7]{26})/.exec(stderr)?.[1];
}

/** The stored state of a session, read with a separate read-only connection (undefined if absent). */
export function readState(databasePath: string, sessionId: string): TInterviewState | undefined {
  if (!existsSync(databasePath)) return undefined;
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const row = database.prepare('SELECT state_json FROM interview_sessions WHERE id = ?').get(sessionId) as
      | { state_json: string }
      | undefined;
    return row === undefined ? undefined : (JSON.parse(row.state_json) as TInterviewState);
  } catch {
    // The schema may not be there yet while the child is creating the database.
    return undefined;
  } finally {
    database.close();
  }
}

/** Rewrites a session's state (to move its clock), as a separate connection would. */
export function writeState(databasePath: string, sessionId: string, state: TInterviewState): void {
  const database = new Database(databasePath);
  try {
    database
      .prepare('UPDATE interview_sessions SET state_json = ? WHERE id = ?')
      .run(JSON.stringify(state), sessionId);
  } finally {
    database.close();
  }
}

/** The non-empty lines of the questions a run printed on stdout (headers and notes go to stderr). */
export function questionLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.trim().length > 0);
}

export function createTemporaryDirectory(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
