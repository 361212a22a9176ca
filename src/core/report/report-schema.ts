import { z } from 'zod';
import { ZEvaluation } from '../evaluation.js';

/** The published schema's identifier; versioned with `schemaVersion`. */
export const REPORT_SCHEMA_ID = 'urn:candor:schema:evaluation-report:1';

/**
 * The JSON Schema (draft 2020-12) of a Candidate Evaluation Report as `renderJson` writes it,
 * generated from `ZEvaluation` so code and schema cannot drift. Published as
 * docs/report.schema.json by scripts/write-report-schema.ts; a test fails when that file is stale.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(ZEvaluation, {
    target: 'draft-2020-12',
    io: 'output',
  }) as Record<string, unknown>;
  return {
    $schema,
    $id: REPORT_SCHEMA_ID,
    title: 'Candor Candidate Evaluation Report',
    description:
      'A Candidate Evaluation Report written by Candor: the judgements of an interview (per answer, per job requirement, red flags and a recommendation bounded by a documented policy), each citing the transcript or resume verbatim.',
    ...schema,
  };
}
