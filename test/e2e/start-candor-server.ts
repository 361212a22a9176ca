import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TRunningServer = {
  baseUrl: string;
  /** Everything the server wrote, for the failure message. */
  output: () => string;
  stop: () => Promise<void>;
};

/** A port nobody listens on right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real Candor server (`node bin/candor.js serve`) on a free port with a fresh SQLite
 * database in a temporary directory, and waits until it answers. The server and web app must be
 * built already: this starts what `npm start` would, it builds nothing.
 */
export async function startCandorServer(repositoryRoot: string): Promise<TRunningServer> {
  for (const built of ['dist/cli/main.js', 'web/dist/index.html']) {
    if (!existsSync(join(repositoryRoot, built))) {
      throw new Error(`${built} is missing: run \`npm run build && npm run build:web\` before the e2e test.`);
    }
  }
  const directory = await mkdtemp(join(tmpdir(), 'candor-e2e-'));
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/candor.js', 'serve', '--port', String(port), '--database', join(directory, 'candor.sqlite')],
    {
      cwd: repositoryRoot,
      env: { ...process.env, CANDOR_MODEL: 'offline', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await rm(directory, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`candor serve exited with ${child.exitCode} before answering:\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/me`);
      if (response.status === 401 || response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`candor serve did not answer on ${baseUrl} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, output: () => output, stop };
}
