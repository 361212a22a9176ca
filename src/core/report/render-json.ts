import { type TEvaluation, ZEvaluation } from '../evaluation.js';

/**
 * The evaluation as JSON for ATS integrations and scripts: validated against the report schema
 * first (so nothing outside the published schema leaks out and an invalid evaluation is never
 * written), then 2-space indented with a trailing newline. The shape is docs/report.schema.json.
 */
export function renderJson(evaluation: TEvaluation): string {
  return `${JSON.stringify(ZEvaluation.parse(evaluation), null, 2)}\n`;
}
