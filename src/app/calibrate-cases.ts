import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { compareWithExpected, type TCaseComparison } from '../core/calibration/compare-with-expected.js';
import { ZExpectedOutcome } from '../core/calibration/expected-outcome.js';
import { summarizeCalibration, type TCalibrationSummary } from '../core/calibration/summarize-calibration.js';
import { CandorError } from '../core/candor-error.js';
import { parseJsonText } from '../core/parse-json-text.js';
import { evaluateCandidate } from './evaluate-candidate.js';
import { loadJob } from './load-job.js';
import { loadResume } from './load-resume.js';
import { loadTranscript } from './load-transcript.js';

export type TCalibrateCasesInput = {
  /** A folder of graded interviews: one sub-folder per case (job, resume, transcript.json, expected.json). */
  folder: string;
  /** `offline` (default) or a model spec, judged exactly as `candor evaluate` would. */
  model?: string;
  auditLogPath?: string;
  env?: Record<string, string | undefined>;
  onProgress?: (message: string) => void;
};

const DOCUMENT_EXTENSIONS = ['md', 'txt', 'pdf', 'docx', 'json'];

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function findDocument(folder: string, stem: string): Promise<string> {
  const names = await readdir(folder);
  const found = DOCUMENT_EXTENSIONS.map((extension) => `${stem}.${extension}`).find((name) =>
    names.includes(name),
  );
  if (!found) {
    throw new CandorError(
      'invalid_argument',
      `${folder}: no ${stem} file (expected ${stem}.md, .txt, .pdf, .docx or .json).`,
      { location: folder },
    );
  }
  return join(folder, found);
}

async function readExpected(path: string) {
  const parsed = ZExpectedOutcome.safeParse(
    parseJsonText(await readFile(path, 'utf8'), path, 'invalid_argument'),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CandorError(
      'invalid_argument',
      `${path}: ${issue.path.length > 0 ? `field "${issue.path.join('.')}": ` : ''}${issue.message}.`,
      { location: `${path}#${issue.path.join('.')}` },
    );
  }
  return parsed.data;
}

/** The case folders under `folder`: those holding an expected.json, in name order. */
export async function findCaseFolders(folder: string): Promise<string[]> {
  if (!(await isDirectory(folder))) {
    throw new CandorError('invalid_argument', `${folder}: no such folder.`, { location: folder });
  }
  const entries = (await readdir(folder)).sort();
  const cases: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry);
    if ((await isDirectory(path)) && (await readdir(path)).includes('expected.json')) cases.push(path);
  }
  if (cases.length === 0) {
    throw new CandorError(
      'invalid_argument',
      `${folder}: no graded interviews found (each needs a sub-folder with job, resume, transcript.json and expected.json; see docs/calibration.md).`,
      { location: folder },
    );
  }
  return cases;
}

/**
 * Runs Candor over graded interviews and compares each report with its answer key. The engine
 * sees only the job, resume and transcript; expected.json is read after it has judged.
 */
export async function calibrateCases(input: TCalibrateCasesInput): Promise<TCalibrationSummary> {
  const folders = await findCaseFolders(input.folder);
  const comparisons: TCaseComparison[] = [];
  for (const [index, folder] of folders.entries()) {
    const name = basename(folder);
    input.onProgress?.(`[${index + 1}/${folders.length}] ${name}`);
    const { job } = await loadJob(await findDocument(folder, 'job'));
    const { resume } = await loadResume(await findDocument(folder, 'resume'));
    const transcript = await loadTranscript(join(folder, 'transcript.json'));
    const evaluation = await evaluateCandidate({
      job,
      resume,
      transcript,
      model: input.model ?? 'offline',
      ...(input.auditLogPath ? { auditLogPath: input.auditLogPath } : {}),
      ...(input.env ? { env: input.env } : {}),
    });
    const expected = await readExpected(join(folder, 'expected.json'));
    comparisons.push(compareWithExpected(name, evaluation, expected));
  }
  return summarizeCalibration(comparisons);
}
