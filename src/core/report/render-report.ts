import { z } from 'zod';
import { CandorError } from '../candor-error.js';
import type { TEvaluation } from '../evaluation.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';

export const ZReportFormat = z.enum(['markdown', 'json', 'html']);
export type TReportFormat = z.infer<typeof ZReportFormat>;

/** What a shell needs to write or serve each format. */
export const REPORT_FORMAT_FILES: Record<TReportFormat, { extension: string; mediaType: string }> = {
  markdown: { extension: '.md', mediaType: 'text/markdown; charset=utf-8' },
  json: { extension: '.json', mediaType: 'application/json' },
  html: { extension: '.html', mediaType: 'text/html; charset=utf-8' },
};

/** The evaluation in one report format. Throws `invalid_argument` for a format that is not one of `ZReportFormat`. */
export function renderReport(evaluation: TEvaluation, format: TReportFormat): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(evaluation);
    case 'json':
      return renderJson(evaluation);
    case 'html':
      return renderHtml(evaluation);
    default: {
      const unknownFormat: never = format;
      throw new CandorError(
        'invalid_argument',
        `Unknown report format "${String(unknownFormat)}": use one of ${ZReportFormat.options.join(', ')}.`,
      );
    }
  }
}
