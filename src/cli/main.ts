import { Command, CommanderError, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import {
  classifyStorageFault,
  STORAGE_FAULT_DESCRIPTIONS,
} from '../adapters/storage/classify-storage-fault.js';
import { CandorError } from '../core/candor-error.js';
import { DEFAULT_OUT_DIR } from './default-out-dir.js';
import { EXIT, EXIT_CODE_BY_ERROR } from './exit-codes.js';
import { createTerminal, type TTerminal } from './terminal.js';

// Each command imports what it runs when it runs (`import()` in its action): `candor --help`
// loads commander and this file, `candor evaluate` offline neither the server, the storage nor
// any model provider.

export function parseCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return number;
}

export function parseLanguage(value: string): string {
  const code = value.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(code))
    throw new InvalidArgumentError('expected a two-letter ISO 639-1 language code, such as en or es.');
  return code;
}

export function parsePort(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535)
    throw new InvalidArgumentError('expected a port number, 0 to 65535.');
  return number;
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return number;
}

/** What a command's action decided the exit code to be (when it is not 0 and not an error). */
type TOutcome = { exitCode: number };

function buildProgram(terminal: TTerminal, outcome: TOutcome): Command {
  const program = new Command()
    .name('candor')
    .description(
      'An AI interviewer that shows its work: plans, conducts and evaluates structured interviews.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (text) => terminal.out(text), writeErr: (text) => terminal.err(text) })
    .exitOverride();

  program
    .command('evaluate')
    .description('Evaluate a candidate from a job description, a resume and an interview transcript.')
    .requiredOption(
      '-j, --job <file>',
      'job description (.md, .txt, .pdf, .docx, or schema.org JobPosting .json)',
    )
    .requiredOption('-r, --resume <file>', 'resume (.md, .txt, .pdf, .docx, or JSON Resume .json)')
    .requiredOption(
      '-t, --transcript <file>',
      "interview transcript (.json, the {type, question, answer} array or Candor's form)",
    )
    .addOption(
      new Option('-f, --format <format>', 'report format')
        .choices(['markdown', 'json', 'html'] as const)
        .default('markdown' as const),
    )
    .option('-o, --out <file>', 'write the report to this file instead of stdout')
    .option(
      '-m, --model <spec>',
      'offline, openai:<model>, anthropic:<model>, google:<model>, openai-compatible:<baseURL>#<model>',
      process.env.CANDOR_MODEL ?? 'offline',
    )
    .option(
      '--samples <n>',
      'with a model: judge N times and report how often the recommendation agreed',
      parsePositiveInteger,
      1,
    )
    .option('--no-redact', "with a model: send the candidate's name and contact details as they are")
    .option('--audit-log <file>', 'with a model: where model calls are logged', './data/audit.jsonl')
    .option(
      '--token-budget <n>',
      'with a model: input tokens one judgement may use; a longer transcript is trimmed (default CANDOR_TOKEN_BUDGET, else 24000)',
      parsePositiveInteger,
    )
    .option('-q, --quiet', 'no progress messages on stderr')
    .action(async (options) => {
      const { runEvaluate } = await import('./run-evaluate.js');
      await runEvaluate(options, terminal);
    });

  program
    .command('plan')
    .description(
      'Plan an interview from a job description and a resume: questions, what each tests, rubrics.',
    )
    .requiredOption('-j, --job <file>', 'job description (.md, .txt, .pdf, .docx, or JobPosting .json)')
    .requiredOption('-r, --resume <file>', 'resume (.md, .txt, .pdf, .docx, or JSON Resume .json)')
    .option('-o, --out <file>', 'also write the plan as JSON, to edit and pass to `candor interview --plan`')
    .option('--budget-questions <n>', 'at most this many planned questions (default 7)', parsePositiveInteger)
    .option('--minutes <n>', 'time budget of the whole interview (default 25)', parsePositiveInteger)
    .option('--max-follow-ups <n>', 'follow-up questions per question at most (default 2)', parseCount)
    .option(
      '--language <code>',
      'interview language, ISO 639-1 (en, es offline; any with --model)',
      parseLanguage,
    )
    .option(
      '-m, --model <spec>',
      'rewords the questions (same ids, tests and rubrics): offline, openai:<model>, anthropic:<model>, google:<model>, openai-compatible:<baseURL>#<model>',
      process.env.CANDOR_MODEL ?? 'offline',
    )
    .option('--audit-log <file>', 'with a model: where model calls are logged', './data/audit.jsonl')
    .option('-q, --quiet', 'no progress messages on stderr')
    .action(async (options) => {
      const { runPlan } = await import('./run-plan.js');
      await runPlan(options, terminal);
    });

  program
    .command('interview')
    .description(
      'Conduct an interview in the terminal (answers typed, or piped one per paragraph), then write its report.',
    )
    .option('-j, --job <file>', 'job description, to start a new interview')
    .option('-r, --resume <file>', 'resume, to start a new interview')
    .option('-p, --plan <file>', 'a plan from `candor plan --out` (reviewed or edited) instead of a new one')
    .option('-c, --continue <session-id>', 'resume a stored interview where it stopped')
    .option(
      '-m, --model <spec>',
      'words the questions and writes the judgement: offline, openai:<model>, anthropic:<model>, google:<model>, openai-compatible:<baseURL>#<model>',
      process.env.CANDOR_MODEL ?? 'offline',
    )
    .option('--database <path-or-url>', 'where sessions are stored (default ./data/candor.sqlite)')
    .option('--out-dir <dir>', 'transcripts and reports go to <dir>/<session-id>/', DEFAULT_OUT_DIR)
    .addOption(
      new Option('-f, --format <format>', 'report format (report.md and report.json are always written)')
        .choices(['markdown', 'json', 'html'] as const)
        .default('markdown' as const),
    )
    .option(
      '--budget-questions <n>',
      'for a new plan: at most this many questions (default 7)',
      parsePositiveInteger,
    )
    .option('--minutes <n>', 'for a new plan: time budget in minutes (default 25)', parsePositiveInteger)
    .option('--max-follow-ups <n>', 'for a new plan: follow-ups per question at most (default 2)', parseCount)
    .option(
      '--language <code>',
      'for a new plan: interview language, ISO 639-1 (en, es offline; any with --model)',
      parseLanguage,
    )
    .option('--audit-log <file>', 'with a model: where model calls are logged', './data/audit.jsonl')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  candor interview --job job.md --resume resume.pdf',
        '  candor plan --job job.md --resume resume.pdf --out plan.json   # review or edit, then:',
        '  candor interview --job job.md --resume resume.pdf --plan plan.json',
        '  candor interview --continue <session-id>',
        '  candor interview --job job.md --resume resume.pdf < answers.txt   # one answer per paragraph',
        '',
        'Exit codes: 0 report written · 2 bad input or unknown session · 3 model failed',
        '            4 storage failed · 130 interrupted or input ended (saved; resume with --continue)',
      ].join('\n'),
    )
    .action(async (options) => {
      const { runInterview } = await import('./run-interview.js');
      outcome.exitCode = await runInterview(options, terminal);
    });

  program
    .command('serve')
    .description('Serve the web app and its API: recruiters run hiring rounds, candidates take interviews.')
    // Environment variables go through the same parsers as flags: a bad one is named, exit 2.
    .addOption(
      new Option('--port <n>', 'port to listen on (0: any free port)')
        .env('PORT')
        .argParser(parsePort)
        .default(3000),
    )
    .addOption(
      new Option('--host <address>', 'address to listen on (0.0.0.0: every interface)')
        .env('CANDOR_HOST')
        .default('127.0.0.1'),
    )
    .option(
      '--database <path-or-url>',
      'SQLite file or postgres:// URL (default DATABASE_URL, else ./data/candor.sqlite)',
    )
    .option(
      '-m, --model <spec>',
      'evaluates interviews and words questions: offline, openai:<model>, anthropic:<model>, google:<model>, openai-compatible:<baseURL>#<model>',
      process.env.CANDOR_MODEL ?? 'offline',
    )
    .addOption(
      new Option(
        '--public-url <url>',
        'the address users reach Candor at, for links and secure cookies (required outside loopback)',
      ).env('CANDOR_PUBLIC_URL'),
    )
    .option('--web-root <dir>', 'the built web app (default web/dist of this package)')
    .addOption(
      new Option(
        '--smtp-url <url>',
        'mail server for password reset emails: smtp://user:password@host:587 (STARTTLS) or smtps://…:465; none: Candor sends no email',
      ).env('CANDOR_SMTP_URL'),
    )
    .addOption(
      new Option(
        '--mail-from <address>',
        'the sender of Candor\'s emails, e.g. "Candor <candor@example.com>"',
      ).env('CANDOR_MAIL_FROM'),
    )
    .addOption(
      new Option(
        '--retention-days <n>',
        'days a candidate is kept after the interview ends (or after the last activity, unfinished), then erased; candidates are told',
      )
        .env('CANDOR_RETENTION_DAYS')
        .argParser(parsePositiveInteger)
        .default(180),
    )
    .addOption(
      new Option(
        '--sign-up <policy>',
        "who may sign up without an invitation: first (the installation's first user, who creates the organisation) or open (anyone, each creating an organisation)",
      )
        .env('CANDOR_SIGNUP')
        .choices(['first', 'open'] as const)
        .default('first' as const),
    )
    .option('--audit-log <file>', 'with a model: where model calls are logged', './data/audit.jsonl')
    .action(async (options) => {
      const publicUrl = options.publicUrl;
      const { runServe } = await import('./run-serve.js');
      await runServe(
        {
          port: options.port,
          host: options.host,
          model: options.model,
          ...(options.database === undefined ? {} : { database: options.database }),
          ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
          ...(publicUrl === undefined ? {} : { publicUrl }),
          ...(options.smtpUrl === undefined ? {} : { smtpUrl: options.smtpUrl }),
          ...(options.mailFrom === undefined ? {} : { mailFrom: options.mailFrom }),
          retentionDays: options.retentionDays,
          signUp: options.signUp,
          auditLog: options.auditLog,
        },
        terminal,
      );
    });

  const databaseHelp = 'SQLite file or postgres:// URL (default DATABASE_URL, else ./data/candor.sqlite)';
  const candidates = program
    .command('candidates')
    .description("Answer a candidate's erasure or access request on the database, without the web app.");
  candidates
    .command('delete <id>')
    .description(
      'Erase a candidate (or a terminal interview, by session id) for good: resume, interview, report, events, links, decisions, queue rows',
    )
    .option('--database <path-or-url>', databaseHelp)
    .action(async (id, options) => {
      const { runDataCommand } = await import('./run-data-command.js');
      await runDataCommand('delete-candidate', id, options, terminal);
    });
  candidates
    .command('export <id>')
    .description('Everything kept about a candidate (or a terminal interview) as JSON, for an access request')
    .option('--database <path-or-url>', databaseHelp)
    .option('-o, --out <file>', 'write the export to this file (0600) instead of stdout')
    .action(async (id, options) => {
      const { runDataCommand } = await import('./run-data-command.js');
      await runDataCommand('export-candidate', id, options, terminal);
    });
  const jobs = program.command('jobs').description('Manage jobs on the database, without the web app.');
  jobs
    .command('delete <id>')
    .description('Delete a job and erase all its candidates')
    .option('--database <path-or-url>', databaseHelp)
    .action(async (id, options) => {
      const { runDataCommand } = await import('./run-data-command.js');
      await runDataCommand('delete-job', id, options, terminal);
    });
  jobs
    .command('export <id>')
    .description("A job's candidates as CSV: status, recommendation, must-haves met, flags, decision, dates")
    .option('--database <path-or-url>', databaseHelp)
    .option('-o, --out <file>', 'write the CSV to this file (0600) instead of stdout')
    .action(async (id, options) => {
      const { runExportJobCsv } = await import('./run-export-job-csv.js');
      await runExportJobCsv(id, options, terminal);
    });

  program
    .command('evaluations')
    .description('Manage the evaluation queue on the database, without the web app.')
    .command('retry <candidate-id>')
    .description("Run a candidate's failed evaluation again: queued with all its attempts and a new deadline")
    .option('--database <path-or-url>', databaseHelp)
    .action(async (id, options) => {
      const { runRetryEvaluation } = await import('./run-retry-evaluation.js');
      await runRetryEvaluation(id, options, terminal);
    });

  program
    .command('schema')
    .description('Print the JSON Schema of the JSON report (--format json).')
    .action(async () => {
      const { runSchema } = await import('./run-schema.js');
      runSchema(terminal);
    });

  program
    .command('calibrate')
    .description(
      'Run Candor over graded interviews (folders of job, resume, transcript.json and expected.json) and print how its reports agree with the answer keys.',
    )
    .argument('<folder>', 'a folder with one sub-folder per graded interview')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'] as const)
        .default('text' as const),
    )
    .option(
      '-m, --model <spec>',
      'offline, or a model to calibrate the same way (see evaluate --model)',
      process.env.CANDOR_MODEL ?? 'offline',
    )
    .option('--audit-log <file>', 'with a model: where model calls are logged', './data/audit.jsonl')
    .option('-q, --quiet', 'no progress messages on stderr')
    .action(async (folder, options) => {
      const { runCalibrate } = await import('./run-calibrate.js');
      await runCalibrate(folder, options, terminal);
    });

  return program;
}

/** Runs the CLI; resolves to the exit code. Never throws, never prints a stack trace unless CANDOR_DEBUG is set. */
export async function main(argv: readonly string[], terminal: TTerminal = createTerminal()): Promise<number> {
  const outcome: TOutcome = { exitCode: EXIT.ok };
  const program = buildProgram(terminal, outcome);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return EXIT.ok;
      }
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
    }
    const fault =
      !CandorError.isInstance(error) || error.code === 'storage_failed'
        ? classifyStorageFault(error)
        : undefined;
    if (fault !== undefined) {
      const message = error instanceof Error ? error.message : String(error);
      terminal.err(`candor: storage failed: ${STORAGE_FAULT_DESCRIPTIONS[fault]}: ${message}\n`);
      if (process.env.CANDOR_DEBUG) terminal.err(`${(error as Error)?.stack}\n`);
      return EXIT.storageFailed;
    }
    if (CandorError.isInstance(error)) {
      terminal.err(`candor: ${error.message}\n`);
      if (process.env.CANDOR_DEBUG) terminal.err(`${error.stack}\n`);
      return EXIT_CODE_BY_ERROR[error.code];
    }
    terminal.err(`candor: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    terminal.err(
      process.env.CANDOR_DEBUG
        ? `${(error as Error)?.stack}\n`
        : 'Run again with CANDOR_DEBUG=1 for details, and report it if it persists.\n',
    );
    return EXIT.unexpected;
  }
}
