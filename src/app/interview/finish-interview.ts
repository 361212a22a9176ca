import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CandorError } from '../../core/candor-error.js';
import type { TEvaluation } from '../../core/evaluation.js';
import type { TSessionStore } from '../../core/interview/session-store.js';
import { toSimpleTranscript } from '../../core/interview/to-simple-transcript.js';
import { toTranscript } from '../../core/interview/to-transcript.js';
import { renderReport, type TReportFormat } from '../../core/report/render-report.js';
import { evaluateCandidate } from '../evaluate-candidate.js';

export type TFinishInterviewInput = {
  store: TSessionStore;
  sessionId: string;
  /** `offline` (default) or `provider:model`: who writes the judgement. */
  model?: string;
  /** Files go to `<outDir>/<session id>/`. */
  outDir: string;
  /** Which rendering `reportPath` points at (default markdown); report.md and report.json are always written. */
  format?: TReportFormat;
  /**
   * Notes about how the interview ran (e.g. questions the rules worded because the model failed):
   * added to the report's notes and to transcript.json.
   */
  notes?: readonly string[];
  auditLogPath?: string;
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
  onProgress?: (message: string) => void;
};

export type TFinishInterviewResult = {
  evaluation: TEvaluation;
  /** `<outDir>/<session id>`, absolute. */
  directory: string;
  /** The report in the requested format. */
  reportPath: string;
  files: {
    /** Candor's transcript form (with `notes` when there are any). */
    transcript: string;
    /** The seed pipeline's `{type, question, answer}` array. */
    simpleTranscript: string;
    markdown: string;
    json: string;
    html?: string;
  };
};

/** Writes through a temporary file, so a crash never leaves half a report behind. */
async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, { encoding: 'utf8', mode: 0o600 });
  await rename(temporary, path);
}

/**
 * Evaluates a completed interview and saves the result: the report goes into the session store
 * (the session becomes evaluated), and transcript.json, transcript.simple.json, report.md and
 * report.json (plus report.html when asked for) into `<outDir>/<session id>/`.
 * Errors: 'invalid_argument' when the interview is not complete yet; evaluation and storage
 * errors as evaluateCandidate and the store throw them.
 */
export async function finishInterview(input: TFinishInterviewInput): Promise<TFinishInterviewResult> {
  const session = await input.store.get(input.sessionId);
  if (session.state.status !== 'completed') {
    const answered = session.state.turns.filter((turn) => turn.answer !== undefined).length;
    throw new CandorError(
      'invalid_argument',
      `Interview ${session.id} is not finished yet (${answered} ${answered === 1 ? 'answer' : 'answers'} so far): continue it before writing its report.`,
      { location: 'sessionId' },
    );
  }
  const format = input.format ?? 'markdown';
  const transcript = toTranscript(session.state);
  // Notes the turns carry (a model that failed to word a question) and the shell's own, once each.
  const notes = [
    ...new Set([
      ...transcript.turns.flatMap((turn) => (turn.wordingNote === undefined ? [] : [turn.wordingNote])),
      ...(input.notes ?? []),
    ]),
  ];
  const evaluation = await evaluateCandidate({
    job: session.job,
    resume: session.resume,
    transcript,
    model: input.model ?? 'offline',
    ...(input.auditLogPath === undefined ? {} : { auditLogPath: input.auditLogPath }),
    ...(input.timeoutMs === undefined ? {} : { timeoutMs: input.timeoutMs }),
    ...(input.env === undefined ? {} : { env: input.env }),
    ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
  });
  evaluation.notes.push(...notes);

  const directory = resolve(input.outDir, session.id);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const files: TFinishInterviewResult['files'] = {
    transcript: join(directory, 'transcript.json'),
    simpleTranscript: join(directory, 'transcript.simple.json'),
    markdown: join(directory, 'report.md'),
    json: join(directory, 'report.json'),
    ...(format === 'html' ? { html: join(directory, 'report.html') } : {}),
  };
  const candorTranscript = notes.length === 0 ? transcript : { ...transcript, notes };
  await writeFileAtomically(files.transcript, `${JSON.stringify(candorTranscript, null, 2)}\n`);
  await writeFileAtomically(
    files.simpleTranscript,
    `${JSON.stringify(toSimpleTranscript(transcript), null, 2)}\n`,
  );
  await writeFileAtomically(files.markdown, renderReport(evaluation, 'markdown'));
  await writeFileAtomically(files.json, renderReport(evaluation, 'json'));
  if (files.html !== undefined) await writeFileAtomically(files.html, renderReport(evaluation, 'html'));

  const reportPath =
    format === 'html' ? (files.html as string) : format === 'json' ? files.json : files.markdown;
  await input.store.saveReport(session.id, { report: evaluation, reportPath });
  return { evaluation, directory, reportPath, files };
}
