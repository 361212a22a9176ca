/**
 * `npm run bench:fairness [-- --model provider:model] [--case name]`: counterfactual fairness over
 * the graded cases (test/fixtures/cases). Each interview is judged as it is and then as variants
 * that change nothing of substance — the candidate's name and pronouns, non-native grammar, a
 * spoken register, a sample of answers in Spanish (test/fixtures/fairness) — and the bench prints,
 * per kind of variant, how often the recommendation, any verdict or any red flag changed.
 * Offline (the default), names and grammar must change nothing.
 */
import { parseArgs } from 'node:util';
import { CandorError } from '../src/core/candor-error.js';
import { parseModelSpec } from '../src/core/model-spec.js';
import {
  runFairnessVariants,
  type TVariantResult,
  VARIANT_KINDS,
} from '../test/support/run-fairness-variants.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: 'offline' },
    case: { type: 'string', multiple: true },
    quiet: { type: 'boolean', default: false },
  },
});
const model = values.model;

async function run(): Promise<TVariantResult[]> {
  try {
    // A bad spec fails here, with the CLI's message, before any case is read.
    parseModelSpec(model);
    return await runFairnessVariants({
      model,
      ...(values.case ? { cases: values.case } : {}),
      onProgress: (message) => process.stderr.write(`  ${message}\n`),
    });
  } catch (error) {
    if (!CandorError.isInstance(error)) throw error;
    console.error(`bench:fairness: ${error.message}`);
    process.exit(2);
  }
}
const results = await run();

const percent = (part: number, whole: number) =>
  whole === 0 ? '     –' : `${((100 * part) / whole).toFixed(1).padStart(5)} %`;
const cell = (part: number, whole: number) => `${`${part}/${whole}`.padStart(7)} ${percent(part, whole)}`;

console.log(`Counterfactual fairness (${model}), ${new Set(results.map((r) => r.case)).size} graded cases\n`);
console.log(
  `  ${'variant'.padEnd(10)} ${'recommendation'.padStart(15)} ${'any verdict'.padStart(15)} ${'any flag'.padStart(15)} ${'answers'.padStart(15)}`,
);
for (const kind of VARIANT_KINDS) {
  const ofKind = results.filter((result) => result.kind === kind);
  if (ofKind.length === 0) continue;
  const answers = ofKind.reduce((sum, result) => sum + result.rewrittenTurns, 0);
  const changedAnswers = ofKind.reduce((sum, result) => sum + result.change.verdictTurns.length, 0);
  console.log(
    `  ${kind.padEnd(10)} ${cell(ofKind.filter((r) => r.change.recommendation).length, ofKind.length)} ${cell(ofKind.filter((r) => r.change.verdictTurns.length > 0).length, ofKind.length)} ${cell(ofKind.filter((r) => r.change.flags.length > 0).length, ofKind.length)} ${cell(changedAnswers, answers)}`,
  );
}
console.log(
  '\n  recommendation, any verdict, any flag: variants (one interview each) in which it changed;\n  answers: answers whose verdict changed, of the answers the variants rewrote.',
);

function describe(result: TVariantResult): string[] {
  const lines: string[] = [];
  if (result.change.recommendation)
    lines.push(`recommendation ${result.original.recommendation} → ${result.variant.recommendation}`);
  for (const turn of result.change.verdictTurns) {
    const before = result.original.answers.find((answer) => answer.turn === turn)?.verdict;
    const after = result.variant.answers.find((answer) => answer.turn === turn)?.verdict;
    lines.push(`turn ${turn}: ${before} → ${after}`);
  }
  if (result.change.flags.length > 0) lines.push(`flags changed: ${result.change.flags.join(', ')}`);
  return lines;
}

const changed = results.filter((result) => describe(result).length > 0);
if (!values.quiet && changed.length > 0) {
  console.log('\nChanges');
  for (const result of changed)
    console.log(`  ${result.case} — ${result.kind}, ${result.label}: ${describe(result).join('; ')}`);
}
