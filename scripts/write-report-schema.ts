/**
 * Writes docs/report.schema.json from the report model and docs/webhook-payload.schema.json from
 * the webhook bodies (`npx tsx scripts/write-report-schema.ts`). A test fails when a file and the
 * code disagree, so run this after changing ZEvaluation or ZWebhookPayload.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from '../src/core/report/report-schema.js';
import { webhookPayloadJsonSchema } from '../src/core/webhooks/webhook-payload-json-schema.js';

const biome = fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url));

for (const [file, schema] of [
  ['report.schema.json', reportJsonSchema()],
  ['webhook-payload.schema.json', webhookPayloadJsonSchema()],
] as const) {
  const target = fileURLToPath(new URL(`../docs/${file}`, import.meta.url));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  // Format as Biome would, so `biome check` (CI) accepts the file exactly as written.
  execFileSync(biome, ['format', '--write', '--diagnostic-level=error', target], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`Wrote ${target}`);
}
