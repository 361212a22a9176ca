/**
 * Counterfactual runs over the graded cases (test/fixtures/cases): each interview is judged as it
 * is, then again under other names and pronouns, with its answers in non-native English, in a
 * spoken register, and with a sample of its answers in Spanish (test/fixtures/fairness). What
 * moved is reported per variant: the recommendation, any verdict, any red flag.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { findCaseFolders } from '../../src/app/calibrate-cases.js';
import { evaluateCandidate } from '../../src/app/evaluate-candidate.js';
import { loadJob } from '../../src/app/load-job.js';
import type { TEvaluation } from '../../src/core/evaluation.js';
import { compareOutcomes, type TOutcomeChange } from '../../src/core/fairness/compare-outcomes.js';
import { PERSONAS } from '../../src/core/fairness/personas.js';
import { rewriteNonNative } from '../../src/core/fairness/rewrite-non-native.js';
import { rewriteSpoken } from '../../src/core/fairness/rewrite-spoken.js';
import { swapCandidateName } from '../../src/core/fairness/swap-candidate-name.js';
import { parseResumeText } from '../../src/core/ingest/parse-resume.js';
import type { TJob } from '../../src/core/job.js';
import { parseTranscript } from '../../src/core/parse-transcript.js';

export const VARIANT_KINDS = ['name', 'grammar', 'register', 'spanish'] as const;
export type TVariantKind = (typeof VARIANT_KINDS)[number];

export type TVariantResult = {
  case: string;
  kind: TVariantKind;
  label: string;
  change: TOutcomeChange;
  /** How many answers the variant rewrote. */
  rewrittenTurns: number;
  original: TEvaluation;
  variant: TEvaluation;
};

type TEntry = { type: string; question: string; answer: string };
type TCase = { name: string; job: TJob; resumeText: string; entries: TEntry[] };

/** One hand translation: a case's answer, turn by turn, in Spanish with the same substance. */
type TTranslation = { case: string; turn: number; answer: string };

export const casesFolder = new URL('../fixtures/cases/', import.meta.url).pathname;
const spanishFile = new URL('../fixtures/fairness/spanish-answers.json', import.meta.url);

async function loadCase(folder: string): Promise<TCase> {
  const { job } = await loadJob(join(folder, 'job.md'));
  return {
    name: basename(folder),
    job,
    resumeText: await readFile(join(folder, 'resume.md'), 'utf8'),
    entries: JSON.parse(await readFile(join(folder, 'transcript.json'), 'utf8')) as TEntry[],
  };
}

/** The candidate's first and last names, from the resume's name (credentials after a comma left out). */
function nameOf(resumeText: string): { first: string; last: string } {
  const name = parseResumeText(resumeText).contact.name;
  const words = (name ?? '').split(',')[0]!.trim().split(/\s+/);
  if (words.length < 2) throw new Error(`no first and last name in the resume (read "${name}")`);
  return { first: words[0]!, last: words.at(-1)! };
}

export async function loadSpanishAnswers(): Promise<TTranslation[]> {
  return JSON.parse(await readFile(spanishFile, 'utf8')) as TTranslation[];
}

export type TRunFairnessInput = {
  /** Case folder names to run (default: all graded cases). */
  cases?: readonly string[];
  kinds?: readonly TVariantKind[];
  /** How many of PERSONAS to use (default: all). */
  personas?: number;
  model?: string;
  env?: Record<string, string | undefined>;
  onProgress?: (message: string) => void;
};

export async function runFairnessVariants(input: TRunFairnessInput = {}): Promise<TVariantResult[]> {
  const kinds = input.kinds ?? VARIANT_KINDS;
  const folders = (await findCaseFolders(casesFolder)).filter(
    (folder) => !input.cases || input.cases.includes(basename(folder)),
  );
  const translations = kinds.includes('spanish') ? await loadSpanishAnswers() : [];
  const results: TVariantResult[] = [];
  for (const folder of folders) {
    const fixture = await loadCase(folder);
    input.onProgress?.(fixture.name);
    const evaluate = (resumeText: string, entries: TEntry[]) =>
      evaluateCandidate({
        job: fixture.job,
        resume: parseResumeText(resumeText),
        transcript: parseTranscript(entries, `${fixture.name}/transcript.json`),
        model: input.model ?? 'offline',
        ...(input.env ? { env: input.env } : {}),
      });
    const original = await evaluate(fixture.resumeText, fixture.entries);
    const record = async (
      kind: TVariantKind,
      label: string,
      resumeText: string,
      entries: TEntry[],
      turns?: number[],
    ) => {
      const variant = await evaluate(resumeText, entries);
      results.push({
        case: fixture.name,
        kind,
        label,
        change: compareOutcomes(original, variant, turns),
        rewrittenTurns: turns?.length ?? entries.length,
        original,
        variant,
      });
    };
    if (kinds.includes('name')) {
      const from = nameOf(fixture.resumeText);
      for (const persona of PERSONAS.slice(0, input.personas ?? PERSONAS.length)) {
        const swap = (text: string) => swapCandidateName(text, from, persona);
        await record(
          'name',
          `${persona.first} ${persona.last} (${persona.pronouns})`,
          swapCandidateName(fixture.resumeText, from, persona, { addPronouns: true }),
          fixture.entries.map((entry) => ({
            ...entry,
            question: swap(entry.question),
            answer: swap(entry.answer),
          })),
        );
      }
    }
    if (kinds.includes('grammar')) {
      await record(
        'grammar',
        'non-native English',
        fixture.resumeText,
        fixture.entries.map((entry) => ({ ...entry, answer: rewriteNonNative(entry.answer) })),
      );
    }
    if (kinds.includes('register')) {
      await record(
        'register',
        'spoken register',
        fixture.resumeText,
        fixture.entries.map((entry) => ({ ...entry, answer: rewriteSpoken(entry.answer) })),
      );
    }
    const spanish = translations.filter((translation) => translation.case === fixture.name);
    if (kinds.includes('spanish') && spanish.length > 0) {
      const entries = fixture.entries.map((entry, index) => {
        const translated = spanish.find((translation) => translation.turn === index + 1);
        return translated ? { ...entry, answer: translated.answer } : entry;
      });
      await record(
        'spanish',
        `turns ${spanish.map((translation) => translation.turn).join(', ')} in Spanish`,
        fixture.resumeText,
        entries,
        spanish.map((translation) => translation.turn),
      );
    }
  }
  return results;
}
