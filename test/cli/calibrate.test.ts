import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli.js';

const CASES = `${REPO_ROOT}test/fixtures/cases/`;
const work = mkdtempSync(join(tmpdir(), 'candor-calibrate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder of graded interviews copied from the repository's own, so each test owns its files. */
function caseFolder(name: string, cases: readonly string[]): string {
  const folder = join(work, name);
  for (const entry of cases) cpSync(join(CASES, entry), join(folder, entry), { recursive: true });
  return folder;
}

describe('candor calibrate', () => {
  it('prints agreement with the answer keys, as text and as JSON, with progress on stderr', async () => {
    const folder = caseFolder('two', ['saas-account-executive', 'warehouse-shift-supervisor']);
    const text = await runCli(['calibrate', folder]);
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(/\[1\/2\] saas-account-executive/);
    expect(text.stdout).toMatch(/^Calibration of the offline engine on 2 graded interviews/);
    expect(text.stdout).toMatch(/Recommendation: exact \d\/2/);
    expect(text.stdout).toMatch(/Quadratic-weighted kappa: /);
    expect(text.stdout).toMatch(/Answer verdicts, expected \(rows\) × report \(columns\)/);

    const json = await runCli(['calibrate', folder, '--format', 'json', '--quiet']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    const summary = JSON.parse(json.stdout) as {
      engine: string;
      cases: number;
      verdicts: { total: number; exact: number };
      comparisons: { name: string; actual: string; flagsRaised: string[] }[];
    };
    expect(summary.engine).toBe('offline');
    expect(summary.cases).toBe(2);
    expect(summary.verdicts.total).toBe(17);
    const saas = summary.comparisons.find((comparison) => comparison.name === 'saas-account-executive')!;
    // The disowned headline deal is a resume discrepancy; the interview of weak answers is not recommended.
    expect(saas.flagsRaised).toContain('resume_discrepancy');
    expect(saas.actual).toBe('Do Not Recommend');
  });

  it('names the key and the field that is wrong, and exits 2', async () => {
    const folder = caseFolder('broken', ['warehouse-shift-supervisor']);
    writeFileSync(
      join(folder, 'warehouse-shift-supervisor', 'expected.json'),
      JSON.stringify({ recommendation: 'Hire', answers: [] }),
    );
    const result = await runCli(['calibrate', folder, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/expected\.json: field "recommendation"/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when a folder holds no graded interviews', async () => {
    const result = await runCli(['calibrate', join(work, 'nothing-here')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no such folder/);
  });
});
