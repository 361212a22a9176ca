import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CandorError } from '../core/candor-error.js';
import { runServe } from './run-serve.js';
import type { TTerminal } from './terminal.js';

describe('candor serve on a port already in use', () => {
  let blocker: Server | undefined;
  let directory: string | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) =>
      blocker === undefined ? resolve() : blocker.close(() => resolve()),
    );
    if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
    blocker = directory = undefined;
  });

  it('says the port is in use and to pass --port, and stops what it started', async () => {
    const listener = createServer();
    blocker = listener;
    const port = await new Promise<number>((resolve) =>
      listener.listen(0, '127.0.0.1', () => resolve((listener.address() as { port: number }).port)),
    );
    directory = mkdtempSync(join(tmpdir(), 'candor-serve-'));
    const printed: string[] = [];
    const terminal: TTerminal = {
      out: (text) => printed.push(text),
      err: (text) => printed.push(text),
      progress: () => {},
      isInteractive: false,
    };
    const error = await runServe(
      {
        port,
        host: '127.0.0.1',
        database: `sqlite:${join(directory, 'candor.sqlite')}`,
        model: 'offline',
        auditLog: join(directory, 'audit.jsonl'),
      },
      terminal,
      { env: { CANDOR_SECRET: 'a'.repeat(64) } },
    ).catch((caught: unknown) => caught);
    expect(CandorError.isInstance(error)).toBe(true);
    expect((error as CandorError).code).toBe('invalid_argument');
    expect((error as Error).message).toBe(
      `port ${port} is in use on 127.0.0.1; pass --port with another port (or --port 0 for any free one)`,
    );
    expect(printed.join('')).not.toContain('Candor is running');
  });
});
