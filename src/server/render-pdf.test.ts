import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe("Chromium's sandbox", () => {
  const isRoot = process.getuid?.() === 0;

  /** A stand-in for chromium: refuses to start without a usable sandbox unless given --no-sandbox, as Chromium does. */
  function fakeChromium(): { path: string; calls: () => string[][] } {
    const folder = mkdtempSync(join(tmpdir(), 'candor-fake-chromium-'));
    const path = join(folder, 'chromium');
    const log = join(folder, 'calls');
    writeFileSync(
      path,
      `#!/bin/sh
echo "$*" >> '${log}'
case "$*" in *--no-sandbox*) ;; *) echo "FATAL: No usable sandbox! Update your kernel" >&2; exit 1;; esac
for argument in "$@"; do case "$argument" in --print-to-pdf=*) printf '%%PDF-1.4 fake' > "\${argument#--print-to-pdf=}";; esac; done
`,
      { mode: 0o700 },
    );
    return {
      path,
      calls: () =>
        existsSync(log)
          ? readFileSync(log, 'utf8')
              .trim()
              .split('\n')
              .map((line) => line.split(' '))
          : [],
    };
  }

  it.skipIf(!isRoot)('runs without the sandbox as root, and says why once', async () => {
    const chromium = fakeChromium();
    const messages: string[] = [];
    const render = createChromiumPdfRenderer(chromium.path, 10_000, (message) => messages.push(message));
    await render?.('<p>one</p>');
    await render?.('<p>two</p>');
    expect(chromium.calls().map((args) => args.includes('--no-sandbox'))).toEqual([true, true]);
    expect(messages).toEqual([expect.stringContaining('runs as root')]);
  });

  it.skipIf(isRoot)(
    'keeps the sandbox, and falls back with a logged reason when the system has none',
    async () => {
      const chromium = fakeChromium();
      const messages: string[] = [];
      const render = createChromiumPdfRenderer(chromium.path, 10_000, (message) => messages.push(message));
      const pdf = await render?.('<p>one</p>');
      expect(Buffer.from(pdf ?? []).toString('latin1')).toContain('%PDF-');
      await render?.('<p>two</p>');
      expect(chromium.calls().map((args) => args.includes('--no-sandbox'))).toEqual([false, true, true]);
      expect(messages).toEqual([expect.stringContaining('No usable sandbox')]);
    },
  );
});
