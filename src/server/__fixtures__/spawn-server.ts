/**
 * Starts serve-database.ts as a child process (a second server in its own process) and resolves
 * once it listens: its base URL, a `fetch`-backed app for TestClient, its output so far, and kill.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TCandorServer } from '../create-server.js';

export type TChildServer = {
  baseUrl: string;
  /** Requests over real HTTP, shaped like app.request so TestClient can use it. */
  app: TCandorServer['app'];
  process: ChildProcess;
  /** Everything the child printed (stdout and stderr). */
  output(): string;
  /** Kills the child (SIGKILL: no clean shutdown) and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
};

const FIXTURE = fileURLToPath(new URL('./serve-database.ts', import.meta.url));

export function spawnServer(
  databaseUrl: string,
  options: { model?: string; worker?: Record<string, unknown> } = {},
): Promise<TChildServer> {
  const args = ['--import', 'tsx', FIXTURE, databaseUrl, JSON.stringify(options)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /listening (\d+)/.exec(output)?.[1];
      if (port === undefined) return;
      child.stdout.off('data', onData);
      child.stdout.on('data', (more: Buffer) => {
        output += more.toString('utf8');
      });
      const baseUrl = `http://127.0.0.1:${port}`;
      const app = {
        request: (path: string, init?: RequestInit) => fetch(`${baseUrl}${path}`, init),
      } as unknown as TCandorServer['app'];
      resolve({
        baseUrl,
        app,
        process: child,
        output: () => output,
        async kill(signal: NodeJS.Signals = 'SIGKILL') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output}`)),
    );
  });
}
