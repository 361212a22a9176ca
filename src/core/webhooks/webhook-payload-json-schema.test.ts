import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../report/report-schema.js';
import { WEBHOOK_SCHEMA_ID, webhookPayloadJsonSchema } from './webhook-payload-json-schema.js';

const PUBLISHED = new URL('../../../docs/webhook-payload.schema.json', import.meta.url);

describe('webhookPayloadJsonSchema', () => {
  it('is a draft 2020-12 schema with one branch per event, the report branch carrying the report schema', () => {
    const schema = webhookPayloadJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(WEBHOOK_SCHEMA_ID);
    const branches = schema.oneOf as {
      properties: { type: { const: string }; data: { properties: Record<string, unknown> } };
    }[];
    expect(branches.map((branch) => branch.properties.type.const)).toEqual([
      'interview.completed',
      'report.ready',
      'decision.recorded',
    ]);
    const {
      $schema: _schema,
      $id: _id,
      title: _title,
      description: _description,
      ...report
    } = reportJsonSchema();
    expect(branches[1]?.properties.data.properties.report).toEqual(report);
  });

  it('matches docs/webhook-payload.schema.json (run `npx tsx scripts/write-report-schema.ts` after changing it)', () => {
    const published: unknown = JSON.parse(readFileSync(PUBLISHED, 'utf8'));
    expect(published, 'docs/webhook-payload.schema.json is out of date').toEqual(webhookPayloadJsonSchema());
  });
});
