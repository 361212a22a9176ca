import { Command, CommanderError, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { CandorError } from '../core/candor-error.js';
import { EXIT, EXIT_CODE_BY_ERROR } from './exit-codes.js';
import { runEvaluate } from './run-evaluate.js';
import { runSchema } from './run-schema.js';
import { createTerminal, type TTerminal } from './terminal.js';

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return number;
}

function buildProgram(terminal: TTerminal): Command {
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
    .option('-q, --quiet', 'no progress messages on stderr')
    .action(async (options) => {
      await runEvaluate(options, terminal);
    });

  program
    .command('schema')
    .description('Print the JSON Schema of the JSON report (--format json).')
    .action(() => runSchema(terminal));

  return program;
}

/** Runs the CLI; resolves to the exit code. Never throws, never prints a stack trace unless CANDOR_DEBUG is set. */
export async function main(argv: readonly string[], terminal: TTerminal = createTerminal()): Promise<number> {
  const program = buildProgram(terminal);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
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
