/**
 * `candor serve` as a real child process, for tests that kill it: starts the built CLI
 * (dist/, from `npm run build`), waits for its "running at" line and gives its URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/candor.js', import.meta.url));

export type TServeProcess = {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  /** Resolves with the exit code and signal once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export function isBuilt(): boolean {
  return existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)));
}

export async function startServe(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<TServeProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    cwd: root,
    env: {
      ...process.env,
      CANDOR_SECRET: undefined,
      CANDOR_MODEL: undefined,
      DATABASE_URL: undefined,
      PORT: undefined,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /Candor is running at (http:\/\/\S+)/.exec(stdout);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`candor serve exited (${signal ?? code}) before listening:\n${stderr}`)),
    );
  });
  return { child, url, stderr: () => stderr, exited };
}
