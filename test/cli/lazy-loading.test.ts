import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, REPO_ROOT } from './run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'candor-modules-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The modules `candor <args>` loads, as paths relative to the repository. */
function modulesLoadedBy(args: string[]): string[] {
  const log = join(directory, `${args[0]}-${args.length}.log`);
  const result = spawnSync(
    process.execPath,
    ['--import', `${REPO_ROOT}test/support/register-module-log.mjs`, `${REPO_ROOT}bin/candor.js`, ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, CANDOR_MODULE_LOG: log, CANDOR_MODEL: undefined },
      encoding: 'utf8',
    },
  );
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file://'))
    .map((url) => new URL(url).pathname.replace(REPO_ROOT, ''));
}

const HEAVY_PACKAGES = [
  'ai',
  '@ai-sdk/',
  'better-sqlite3',
  'pg',
  'unpdf',
  'mammoth',
  'hono',
  '@hono/',
  'kysely',
];
const heavy = (modules: string[]) =>
  modules.filter((path) => HEAVY_PACKAGES.some((name) => path.startsWith(`node_modules/${name}`)));
const commandChunks = (modules: string[]) =>
  modules
    .filter((path) => /^dist\/bundle\/run-[a-z]+-/.test(path))
    .map((path) => path.replace(/-[\w]+\.js$/, ''));

describe('candor loads only what a command uses', () => {
  it('--help loads no command, no model provider, no storage and no document reader', () => {
    const modules = modulesLoadedBy(['--help']);
    expect(commandChunks(modules)).toEqual([]);
    expect(heavy(modules)).toEqual([]);
  });

  it('evaluate on Markdown, offline, loads that command and nothing of the server, storage, models or PDF/Word readers', () => {
    const modules = modulesLoadedBy([
      'evaluate',
      '--job',
      `${EXAMPLES}job.md`,
      '--resume',
      `${EXAMPLES}resume.md`,
      '--transcript',
      `${EXAMPLES}transcript.json`,
      '--quiet',
    ]);
    expect(commandChunks(modules)).toEqual(['dist/bundle/run-evaluate']);
    expect(heavy(modules)).toEqual([]);
  });

  it('evaluate with a PDF resume loads the PDF reader, and still no Word reader, storage or model', () => {
    const modules = modulesLoadedBy([
      'evaluate',
      '--job',
      `${EXAMPLES}job.md`,
      '--resume',
      `${EXAMPLES}resume.pdf`,
      '--transcript',
      `${EXAMPLES}transcript.json`,
      '--quiet',
    ]);
    expect(modules.some((path) => path.startsWith('node_modules/unpdf/'))).toBe(true);
    expect(heavy(modules).filter((path) => !path.startsWith('node_modules/unpdf/'))).toEqual([]);
  });
});
