import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer, DEFAULT_CHROMIUM_PATH } from '../adapters/render-pdf.js';
import {
  completeInterview,
  createJobWithCandidate,
  openTestApp,
  signUpRecruiter,
  TestClient,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';

const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);

describe('PDF reports', () => {
  it('has no renderer without Chromium', () => {
    expect(createChromiumPdfRenderer('/nonexistent/chromium')).toBeUndefined();
  });

  it.skipIf(!hasChromium)(
    'downloads the report as a real PDF printed by Chromium',
    { timeout: 120_000 },
    async () => {
      const server = await openTestApp('sqlite', { renderPdf: createChromiumPdfRenderer() ?? null });
      try {
        const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
        const { candidateId } = await createJobWithCandidate(recruiter);
        const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
          json: {},
        });
        await completeInterview(new TestClient(server.app), link.token);
        const worker = startEvaluationWorker(server.context, { isPolling: false });
        await worker.runOnce();
        await worker.stop();
        const response = await recruiter.request('GET', `/api/candidates/${candidateId}/report?format=pdf`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        expect(response.headers.get('content-disposition')).toBe(
          'attachment; filename="priya-raman-report.pdf"',
        );
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.subarray(-1024).toString('latin1')).toContain('%%EOF');
      } finally {
        await server.dispose();
      }
    },
  );
});
