/**
 * `npm run bench:injection`: how much of the injection corpus (test/fixtures/injections) Candor
 * catches, and how often it flags ordinary text. Positives: every attack of the corpus (the
 * development set, and three held-out sets, each written before the detector was tuned on it),
 * the attacks the graded cases contain on purpose, and the hidden-injection PDF. Negatives: every
 * answer, resume and job of the graded cases and the examples (outside their labelled attacks),
 * the hand-written ordinary sentences, and the real documents in test/fixtures/documents.
 */
import { scoreInjectionCorpus, type TAttackResult } from '../test/support/score-injection-corpus.js';

const { attacks, negatives } = await scoreInjectionCorpus();

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
function line(label: string, results: TAttackResult[]) {
  const detected = results.filter((result) => result.detected).length;
  console.log(
    `  ${label.padEnd(34)} ${`${detected}/${results.length}`.padStart(7)}  ${percent(detected, results.length).padStart(7)}`,
  );
}
function groupBy(title: string, key: (result: TAttackResult) => string) {
  console.log(`\nby ${title}`);
  const groups = new Map<string, TAttackResult[]>();
  for (const result of attacks) groups.set(key(result), [...(groups.get(key(result)) ?? []), result]);
  for (const [name, results] of [...groups].sort(([a], [b]) => a.localeCompare(b))) line(name, results);
}

console.log('Injection detection');
line('all attacks', attacks);
line(
  'development set (attacks.json)',
  attacks.filter((result) => result.file === 'attacks.json'),
);
line(
  'held out (heldout.json)',
  attacks.filter((result) => result.file === 'heldout.json'),
);
line(
  'held out (heldout-2.json)',
  attacks.filter((result) => result.file === 'heldout-2.json'),
);
line(
  'held out (heldout-3.json)',
  attacks.filter((result) => result.file === 'heldout-3.json'),
);
line(
  'graded cases and fixture documents',
  attacks.filter((result) => result.file === 'cases'),
);
groupBy('language', (result) => result.attack.language);
groupBy('encoding', (result) => result.attack.encoding ?? 'plain');
groupBy('where', (result) =>
  result.attack.document
    ? `${result.attack.document} file, ${result.attack.hiding ?? 'visible'}`
    : `${result.attack.kind}, ${result.attack.placement}`,
);

const flaggedNegatives = negatives.filter((negative) => negative.flagged.length > 0);
const carrierFlags = attacks.flatMap((result) => result.extra.map((text) => `${result.attack.id}: ${text}`));
console.log('\nFalse positives');
console.log(
  `  ordinary texts flagged               ${`${flaggedNegatives.length}/${negatives.length}`.padStart(7)}  ${percent(flaggedNegatives.length, negatives.length).padStart(7)}`,
);
console.log(`  spans flagged beside an attack       ${String(carrierFlags.length).padStart(7)}`);

const missed = attacks.filter((result) => !result.detected);
if (missed.length > 0) {
  console.log('\nMissed');
  for (const result of missed)
    console.log(`  ${result.attack.id} (${result.attack.technique}): ${result.attack.attack}`);
}
if (flaggedNegatives.length > 0 || carrierFlags.length > 0) {
  console.log('\nFlagged in ordinary text');
  for (const negative of flaggedNegatives)
    for (const text of negative.flagged) console.log(`  ${negative.source}: ${text}`);
  for (const flag of carrierFlags) console.log(`  ${flag}`);
}
