import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED_CASE = `${REPO_ROOT}test/fixtures/cases/seed-genai-engineer/`;
export const EXAMPLES = `${REPO_ROOT}examples/`;

export type TCliResult = { code: number | null; stdout: string; stderr: string };

/** Runs the built `candor` command (bin/candor.js → dist/) as a real child process. */
export function runCli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<TCliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${REPO_ROOT}bin/candor.js`, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, CANDOR_MODEL: undefined, CANDOR_DEBUG: undefined, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
