import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { evaluateCandidate } from '../app/evaluate-candidate.js';
import { loadJob } from '../app/load-job.js';
import { loadResume } from '../app/load-resume.js';
import { loadTranscript } from '../app/load-transcript.js';
import { renderHtml } from '../core/report/render-html.js';
import { createChromiumPdfRenderer, DEFAULT_CHROMIUM_PATH } from './render-pdf.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

describe.skipIf(!existsSync(DEFAULT_CHROMIUM_PATH))('the printed report', () => {
  it('fits a 7-question interview in at most 6 pages, with every requirement of the evidence matrix on a row of its own and no word broken', {
    timeout: 180_000,
  }, async () => {
    const transcript = await loadTranscript(`${EXAMPLES}transcript.json`);
    expect(transcript.turns).toHaveLength(7);
    const evaluation = await evaluateCandidate({
      job: (await loadJob(`${EXAMPLES}job.md`)).job,
      resume: (await loadResume(`${EXAMPLES}resume.pdf`)).resume,
      transcript,
    });
    const render = createChromiumPdfRenderer(DEFAULT_CHROMIUM_PATH, 120_000, () => {});
    const pdf = await render!(renderHtml(evaluation));
    const document = await getDocumentProxy(new Uint8Array(pdf));
    expect(document.numPages).toBeLessThanOrEqual(6);

    const { text: pages } = await extractText(document, { mergePages: false });
    const text = pages.join('\n').replace(/\s+/g, ' ');
    const matrixStart = text.indexOf('Appendix: Evidence Matrix');
    expect(matrixStart).toBeGreaterThan(0);
    const matrix = text.slice(matrixStart);
    // Every requirement is printed whole, followed by its priority: one requirement per row.
    for (const requirement of evaluation.requirements) {
      const words = requirement.requirement.replace(/\s+/g, ' ').trim();
      expect(matrix).toContain(`${requirement.requirementId} ${words}`);
    }
    const mustHaves = evaluation.requirements.filter((requirement) => requirement.priority === 'must');
    expect(matrix.split('must-have').length - 1).toBeGreaterThanOrEqual(mustHaves.length);
    expect(matrix).not.toMatch(/\bm us|us t-|t- ha|ha ve\b|intervi ew/);
  });
});
