import { describe, expect, it } from 'vitest';
import { CandorError } from '../candor-error.js';
import { seedEvaluation } from './__fixtures__/evaluations.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { REPORT_FORMAT_FILES, renderReport, type TReportFormat, ZReportFormat } from './render-report.js';

describe('renderReport', () => {
  it('renders each format with its renderer', () => {
    const evaluation = seedEvaluation();
    expect(renderReport(evaluation, 'markdown')).toBe(renderMarkdown(evaluation));
    expect(renderReport(evaluation, 'json')).toBe(renderJson(evaluation));
    expect(renderReport(evaluation, 'html')).toBe(renderHtml(evaluation));
  });

  it('accepts exactly the three formats', () => {
    expect(ZReportFormat.options).toEqual(['markdown', 'json', 'html']);
    expect(ZReportFormat.safeParse('pdf').success).toBe(false);
    expect(Object.keys(REPORT_FORMAT_FILES).sort()).toEqual([...ZReportFormat.options].sort());
    expect(new Set(Object.values(REPORT_FORMAT_FILES).map((file) => file.extension)).size).toBe(3);
  });

  it('throws invalid_argument for an unknown format from an untyped caller', () => {
    let thrown: unknown;
    try {
      renderReport(seedEvaluation(), 'pdf' as TReportFormat);
    } catch (error) {
      thrown = error;
    }
    expect(CandorError.isInstance(thrown)).toBe(true);
    expect((thrown as CandorError).code).toBe('invalid_argument');
    expect((thrown as CandorError).message).toContain('"pdf"');
  });
});
