import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZEvaluation } from '../evaluation.js';
import { REPORT_SCHEMA_ID, reportJsonSchema } from './report-schema.js';

const PUBLISHED = new URL('../../../docs/report.schema.json', import.meta.url);

describe('reportJsonSchema', () => {
  it('is a draft 2020-12 schema with an id, a title and a description', () => {
    const schema = reportJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(REPORT_SCHEMA_ID);
    expect(schema.title).toBe('Candor Candidate Evaluation Report');
    expect(typeof schema.description === 'string' && schema.description.length > 20).toBe(true);
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
  });

  it('describes every field of the report model and requires all but the optional ones', () => {
    const schema = reportJsonSchema();
    const fields = Object.keys(ZEvaluation.shape);
    expect(Object.keys(schema.properties as object)).toEqual(fields);
    expect(schema.required).toEqual(fields.filter((field) => field !== 'stability'));
    expect(schema.additionalProperties).toBe(false);
  });

  it('matches docs/report.schema.json (run `npx tsx scripts/write-report-schema.ts` after changing the model)', () => {
    const published: unknown = JSON.parse(readFileSync(PUBLISHED, 'utf8'));
    expect(published, 'docs/report.schema.json is out of date').toEqual(reportJsonSchema());
  });
});
