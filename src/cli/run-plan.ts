import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createFileAuditLog } from '../adapters/audit-log.js';
import { createLanguageModel, type TEnvironment } from '../adapters/models/create-language-model.js';
import { wordPlanWithModel } from '../app/interview/word-plan-with-model.js';
import { loadJob } from '../app/load-job.js';
import { loadResume } from '../app/load-resume.js';
import { formatModelSpec, parseModelSpec } from '../core/model-spec.js';
import type { TInterviewBudget } from '../core/plan/interview-plan.js';
import { planInterview } from '../core/plan/plan-interview.js';
import { renderPlanText } from '../core/plan/render-plan-text.js';
import type { TTerminal } from './terminal.js';

export type TPlanOptions = {
  job: string;
  resume: string;
  out?: string;
  /** `offline` (templates only) or a model that rewords the planned questions. */
  model: string;
  /** With a model: where its calls are logged (JSON Lines). */
  auditLog: string;
  budgetQuestions?: number;
  minutes?: number;
  maxFollowUps?: number;
  /** The interview's language (ISO 639-1). */
  language?: string;
  quiet?: true;
};

/** The budget flags a command was given, as plan budget overrides. */
export function budgetFromOptions(options: {
  budgetQuestions?: number;
  minutes?: number;
  maxFollowUps?: number;
}): Partial<TInterviewBudget> | undefined {
  const budget: Partial<TInterviewBudget> = {
    ...(options.budgetQuestions === undefined ? {} : { maxQuestions: options.budgetQuestions }),
    ...(options.minutes === undefined ? {} : { minutes: options.minutes }),
    ...(options.maxFollowUps === undefined ? {} : { maxProbesPerQuestion: options.maxFollowUps }),
  };
  return Object.keys(budget).length === 0 ? undefined : budget;
}

/** Quotes a path for a shell command line when it needs it. */
export function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/**
 * `candor plan`: the interview plan for a job and a resume, as text to review on stdout; with
 * --out, also as JSON to edit and feed back with `candor interview --plan`. With a model, the
 * questions are reworded by it (same ids, what they test and rubrics); where it fails, the
 * templates' wording stays and a note on stderr says so.
 */
export async function runPlan(
  options: TPlanOptions,
  terminal: TTerminal,
  env: TEnvironment = process.env,
): Promise<void> {
  const progress = options.quiet ? () => {} : terminal.progress;
  // The model first: a missing API key is an error before any file is read.
  const spec = parseModelSpec(options.model);
  const model = spec.provider === 'offline' ? undefined : createLanguageModel(spec, env);
  progress(`Reading job description ${options.job}…`);
  const { job } = await loadJob(options.job);
  progress(`Reading resume ${options.resume}…`);
  const { resume } = await loadResume(options.resume);
  const budget = budgetFromOptions(options);
  let plan = planInterview({
    job,
    resume,
    ...(budget === undefined ? {} : { budget }),
    ...(options.language === undefined ? {} : { language: options.language }),
  });
  if (model !== undefined) {
    const modelId = formatModelSpec(spec);
    progress(`Wording the questions with ${modelId}…`);
    const worded = await wordPlanWithModel({
      plan,
      resume,
      model,
      modelId,
      auditLog: createFileAuditLog(resolve(options.auditLog)),
    });
    plan = worded.plan;
    for (const note of worded.notes) terminal.err(`Note: ${note}\n`);
  }
  terminal.out(renderPlanText(plan));
  if (options.out !== undefined) {
    const path = resolve(options.out);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(plan, null, 2)}\n`, 'utf8');
    progress(`\nPlan written to ${options.out}. Review or edit it, then run:`);
    progress(
      `  candor interview --job ${shellQuote(options.job)} --resume ${shellQuote(options.resume)} --plan ${shellQuote(options.out)}`,
    );
  }
}
