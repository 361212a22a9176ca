import { z } from 'zod';
import { ZWebhookPayload } from './webhook-payload.js';

/** The published schema's identifier. */
export const WEBHOOK_SCHEMA_ID = 'urn:candor:schema:webhook-payload:1';

/**
 * The JSON Schema (draft 2020-12) of webhook bodies, generated from ZWebhookPayload (the report
 * inside is the report schema's). Published as docs/webhook-payload.schema.json by
 * scripts/write-report-schema.ts; a test fails when that file is stale.
 */
export function webhookPayloadJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(ZWebhookPayload, {
    target: 'draft-2020-12',
    io: 'output',
  }) as Record<string, unknown>;
  return {
    $schema,
    $id: WEBHOOK_SCHEMA_ID,
    title: 'Candor webhook payload',
    description:
      'The JSON body Candor POSTs to a webhook: interview.completed, report.ready (with the Candidate Evaluation Report) or decision.recorded, signed in the Candor-Signature header.',
    ...schema,
  };
}
