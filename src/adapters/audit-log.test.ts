import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CandorError } from '../core/candor-error.js';
import { createFileAuditLog, createMemoryAuditLog, type TAuditEntry } from './audit-log.js';

const entry = (attempt: number, overrides: Partial<TAuditEntry> = {}): TAuditEntry => ({
  at: '2025-01-01T00:00:00.000Z',
  promptVersion: 'judgement-v1',
  model: 'openai:gpt-test',
  operation: 'judgement',
  inputTokens: 10,
  outputTokens: 5,
  latencyMs: 12,
  ok: true,
  attempt,
  ...overrides,
});

describe('createFileAuditLog', () => {
  let folder: string | undefined;
  afterEach(async () => {
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });

  it('appends one JSON line per entry, in order, creating the folder', async () => {
    folder = await mkdtemp(join(tmpdir(), 'candor-audit-'));
    const path = join(folder, 'logs', 'audit.jsonl');
    const log = createFileAuditLog(path);
    await Promise.all([
      log.record(entry(1, { ok: false, error: 'HTTP 429', inputTokens: null, outputTokens: null })),
      log.record(entry(2)),
    ]);
    await log.record(entry(3));
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).attempt)).toEqual([1, 2, 3]);
    expect(JSON.parse(lines[0]!)).toEqual(
      entry(1, { ok: false, error: 'HTTP 429', inputTokens: null, outputTokens: null }),
    );
  });

  it('fails with storage_failed when the file cannot be written', async () => {
    folder = await mkdtemp(join(tmpdir(), 'candor-audit-'));
    const blocker = join(folder, 'not-a-folder');
    await writeFile(blocker, 'x');
    const log = createFileAuditLog(join(blocker, 'audit.jsonl'));
    const error = await Promise.resolve(log.record(entry(1))).catch((caught: unknown) => caught);
    expect(CandorError.isInstance(error) && error.code).toBe('storage_failed');
  });
});

describe('createMemoryAuditLog', () => {
  it('keeps copies of the entries', () => {
    const log = createMemoryAuditLog();
    const first = entry(1);
    log.record(first);
    first.attempt = 99;
    expect(log.entries).toEqual([entry(1)]);
  });
});
