/**
 * Writes docs/report.schema.json from the report model (`npx tsx scripts/write-report-schema.ts`).
 * A test fails when the file and the code disagree, so run this after changing ZEvaluation.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from '../src/core/report/report-schema.js';

const target = fileURLToPath(new URL('../docs/report.schema.json', import.meta.url));
const biome = fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url));

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
// Format as Biome would, so `biome check` (CI) accepts the file exactly as written.
execFileSync(biome, ['format', '--write', '--diagnostic-level=error', target], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
console.log(`Wrote ${target}`);
