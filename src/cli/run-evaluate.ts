import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { evaluateCandidate } from '../app/evaluate-candidate.js';
import { loadJob } from '../app/load-job.js';
import { loadResume } from '../app/load-resume.js';
import { loadTranscript } from '../app/load-transcript.js';
import { renderReport } from '../core/report/render-report.js';
import type { TTerminal } from './terminal.js';

export type TEvaluateOptions = {
  job: string;
  resume: string;
  transcript: string;
  format: 'markdown' | 'json' | 'html';
  out?: string;
  model: string;
  samples: number;
  redact: boolean;
  auditLog: string;
  tokenBudget?: number;
  quiet?: true;
};

export async function runEvaluate(options: TEvaluateOptions, terminal: TTerminal): Promise<void> {
  const progress = options.quiet ? () => {} : terminal.progress;
  const started = performance.now();
  progress(`Reading job description ${options.job}…`);
  const { job } = await loadJob(options.job);
  progress(
    `  ${job.requirements.length} requirements (${job.requirements.filter((r) => r.priority === 'must').length} must-have)`,
  );
  progress(`Reading resume ${options.resume}…`);
  const { resume } = await loadResume(options.resume);
  progress(`  ${resume.claims.length} claims`);
  progress(`Reading transcript ${options.transcript}…`);
  const transcript = await loadTranscript(options.transcript);
  progress(`  ${transcript.turns.length} turns`);
  progress(
    options.model === 'offline'
      ? 'Evaluating with the offline rubric engine…'
      : `Evaluating with ${options.model}…`,
  );
  const evaluation = await evaluateCandidate({
    job,
    resume,
    transcript,
    model: options.model,
    samples: options.samples,
    redact: options.redact,
    auditLogPath: resolve(options.auditLog),
    ...(options.tokenBudget === undefined ? {} : { tokenBudget: options.tokenBudget }),
    onProgress: progress,
  });
  const report = renderReport(evaluation, options.format);
  if (options.out) {
    await mkdir(dirname(resolve(options.out)), { recursive: true });
    await writeFile(options.out, report);
    progress(`Report written to ${options.out}`);
  } else {
    terminal.out(report);
  }
  progress(`Recommendation: ${evaluation.recommendation} (${Math.round(performance.now() - started)} ms)`);
}
