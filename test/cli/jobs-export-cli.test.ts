/** `candor jobs export <id>`: the built command writes a job's candidates as CSV from the database. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJobWithCandidate,
  openTestApp,
  signUpRecruiter,
  type TTestApp,
} from '../../src/server/__fixtures__/test-app.js';
import { isBuilt } from '../server/serve-process.js';
import { runCli } from './run-cli.js';

describe.skipIf(!isBuilt())('candor jobs export', () => {
  let server: TTestApp;
  let folder: string;
  beforeEach(async () => {
    server = await openTestApp('sqlite');
    folder = mkdtempSync(join(tmpdir(), 'candor-jobs-export-'));
  });
  afterEach(async () => {
    await server.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints the CSV, or writes it to a private file, and names a job that does not exist', {
    timeout: 60_000,
  }, async () => {
    const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com', name: 'Ada Lovelace' });
    const { jobId, candidateId } = await createJobWithCandidate(recruiter);
    await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'hold', reason: 'Later.' },
    });
    const web = await recruiter.request('GET', `/api/jobs/${jobId}/candidates.csv`);
    const expected = await web.text();

    const printed = await runCli(['jobs', 'export', jobId, '--database', server.database.url]);
    expect(printed.stderr).toBe('');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(expected);
    expect(printed.stdout.split('\r\n')[1]).toMatch(
      /^Priya Raman,priya\.raman@example\.org,new,.*,hold,Ada Lovelace,/,
    );

    const out = join(folder, 'candidates.csv');
    const written = await runCli(['jobs', 'export', jobId, '--database', server.database.url, '-o', out]);
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected);
    expect(statSync(out).mode & 0o777).toBe(0o600);

    const missing = await runCli(['jobs', 'export', 'nope', '--database', server.database.url]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('No job with id nope');
  });
});
