import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { createFileAuditLog } from '../adapters/audit-log.js';
import { createLanguageModel } from '../adapters/models/create-language-model.js';
import { createDatabase } from '../adapters/storage/create-database.js';
import { createKyselySessionStore } from '../adapters/storage/kysely-session-store.js';
import { askNextQuestion, type TAskNextQuestionResult } from '../app/interview/ask-next-question.js';
import { createModelWording } from '../app/interview/create-model-wording.js';
import { finishInterview } from '../app/interview/finish-interview.js';
import type { TInterviewProgress } from '../app/interview/interview-progress.js';
import type { TQuestionWording } from '../app/interview/question-wording.js';
import { startInterview } from '../app/interview/start-interview.js';
import { MAX_ANSWER_CHARACTERS, submitAnswer } from '../app/interview/submit-answer.js';
import { wordPlanWithModel } from '../app/interview/word-plan-with-model.js';
import { loadJob } from '../app/load-job.js';
import { loadResume } from '../app/load-resume.js';
import { CandorError } from '../core/candor-error.js';
import { candidateTexts } from '../core/interview/candidate-texts.js';
import type { TCandidateReply } from '../core/interview/interview-state.js';
import type { TInterviewSession, TSessionStore } from '../core/interview/session-store.js';
import { formatModelSpec, parseModelSpec } from '../core/model-spec.js';
import { parsePlan } from '../core/plan/parse-plan.js';
import { planInterview } from '../core/plan/plan-interview.js';
import type { TReportFormat } from '../core/report/render-report.js';
import { DEFAULT_OUT_DIR } from './default-out-dir.js';
import { EXIT } from './exit-codes.js';
import { createAnswerReader, type TAnswerRead, type TAnswerReader } from './read-answers.js';
import { budgetFromOptions, shellQuote } from './run-plan.js';
import type { TTerminal } from './terminal.js';

export type TInterviewOptions = {
  job?: string;
  resume?: string;
  plan?: string;
  continue?: string;
  model: string;
  database?: string;
  outDir: string;
  format: TReportFormat;
  auditLog: string;
  budgetQuestions?: number;
  minutes?: number;
  maxFollowUps?: number;
  /** For a new plan: the interview's language (ISO 639-1). */
  language?: string;
};

/** What the interview reads from and how it ends; tests pass their own. */
export type TInterviewIo = {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Where a terminal echoes what is typed. */
  echo: NodeJS.WritableStream;
  /** Show prompts, stream and wrap questions (default: the terminal's isInteractive). */
  isInteractive?: boolean;
  /** Terminal width for wrapping questions, and height (for taking back a streamed reply). */
  columns?: number;
  rows?: number;
  now?: () => string;
  env?: Record<string, string | undefined>;
  /** Catch SIGINT/SIGTERM/SIGHUP and save before exiting (default true). */
  handleSignals?: boolean;
  /** Ends the process when an interrupted step cannot be cancelled (a model writing the report). */
  exit?: (code: number) => void;
};

/** Exit codes for the signals the interview catches: 128 + the signal number, as shells report them. */
const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number> = {
  SIGINT: EXIT.interrupted,
  SIGTERM: 143,
  SIGHUP: 129,
};

/** Thrown inside the interview loop when it must stop; never escapes runInterview. */
class InterviewStop extends Error {
  constructor(readonly why: 'interrupted' | 'input_ended') {
    super(why);
  }
}

type TTrackedStore = TSessionStore & { idle(): Promise<void> };

/** The store, with its writes tracked so an interrupt can wait for a write in progress to commit. */
function trackWrites(store: TSessionStore): TTrackedStore {
  const pending = new Set<Promise<unknown>>();
  const track = <T>(promise: Promise<T>): Promise<T> => {
    pending.add(promise);
    const forget = () => pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  };
  return {
    create: (input) => track(store.create(input)),
    get: (id) => store.get(id),
    saveState: (id, state) => track(store.saveState(id, state)),
    saveReport: (id, report) => track(store.saveReport(id, report)),
    list: (options) => store.list(options),
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

function style(isEnabled: boolean) {
  const wrap = (open: string, close: string) => (text: string) =>
    isEnabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { bold: wrap('1', '22'), dim: wrap('2', '22') };
}

/** Wraps text at word boundaries to `width` columns (long words stay whole). */
function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((part) => part.length > 0)) {
      if (line.length > 0 && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line.length === 0 ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Streams text to `write`, breaking lines at spaces before `width` columns; can take it back. */
function createStreamingWrapper(write: (text: string) => void, width: number) {
  let column = 0;
  let word = '';
  let hasWritten = false;
  let lineBreaks = 0;
  const flushWord = () => {
    if (word.length === 0) return;
    if (column > 0 && column + 1 + word.length > width) {
      write(`\n${word}`);
      lineBreaks++;
      column = word.length;
    } else {
      write(column > 0 ? ` ${word}` : word);
      column += (column > 0 ? 1 : 0) + word.length;
    }
    word = '';
  };
  return {
    push(text: string) {
      hasWritten = hasWritten || text.length > 0;
      for (const character of text) {
        if (/\s/.test(character)) flushWord();
        else word += character;
      }
    },
    end() {
      flushWord();
      if (column > 0) write('\n');
      column = 0;
    },
    /**
     * Erases what was streamed (a reply that will not be asked), when it still fits on the
     * screen; otherwise ends its line. Terminal only.
     */
    retract(rows: number) {
      flushWord();
      if (lineBreaks + 1 < rows) {
        write(`\r${lineBreaks > 0 ? `\u001b[${lineBreaks}A` : ''}\u001b[J`);
      } else if (column > 0) {
        write('\n');
      }
      column = 0;
      lineBreaks = 0;
    },
    get hasWritten() {
      return hasWritten;
    },
  };
}

function formatHeader(progress: TInterviewProgress, language: string): string {
  const texts = candidateTexts(language);
  const parts: string[] = [];
  if (progress.isClosing) parts.push(texts.closing);
  else parts.push(texts.question(progress.questionNumber, progress.questionCount));
  if (progress.followUpNumber !== undefined) parts.push(texts.followUp(progress.followUpNumber));
  parts.push(progress.minutesLeft > 0 ? texts.minutesLeft(progress.minutesLeft) : texts.timeUp);
  return parts.join(' · ');
}

/** A path as the user would type it: relative when it is under the working directory. */
function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.length > 0 && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere : path;
}

function checkOptions(options: TInterviewOptions): void {
  const fail = (message: string, location: string) => {
    throw new CandorError('invalid_argument', message, { location });
  };
  const budgetFlags = [
    options.budgetQuestions !== undefined ? '--budget-questions' : undefined,
    options.minutes !== undefined ? '--minutes' : undefined,
    options.maxFollowUps !== undefined ? '--max-follow-ups' : undefined,
  ].filter((flag) => flag !== undefined);
  if (budgetFlags.length > 0 && (options.continue !== undefined || options.plan !== undefined)) {
    fail(
      `${budgetFlags.join(' and ')} ${budgetFlags.length === 1 ? 'sets' : 'set'} the budget of a new plan; ${options.continue !== undefined ? 'a stored interview keeps its own' : 'edit the "budget" of the plan file instead'}.`,
      'budget',
    );
  }
  if (options.continue !== undefined) {
    const extra = [
      options.job !== undefined ? '--job' : undefined,
      options.resume !== undefined ? '--resume' : undefined,
      options.plan !== undefined ? '--plan' : undefined,
    ].filter((flag) => flag !== undefined);
    if (extra.length > 0) {
      fail(
        `--continue resumes a stored interview, which already has its job, resume and plan: leave out ${extra.join(' and ')}.`,
        'continue',
      );
    }
    if (options.continue.trim().length === 0) fail('--continue needs the session id.', 'continue');
    return;
  }
  if (options.job === undefined || options.resume === undefined) {
    fail(
      'Start an interview with --job <file> --resume <file> (and optionally --plan <plan.json>), or resume one with --continue <session-id>.',
      options.job === undefined ? 'job' : 'resume',
    );
  }
}

async function loadPlanFile(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new CandorError(
      'invalid_transcript',
      `${path}: cannot read the plan file (${(cause as Error).message}).`,
      {
        location: path,
        cause,
      },
    );
  }
  const result = (() => {
    try {
      return parsePlan(text);
    } catch (error) {
      if (CandorError.isInstance(error)) {
        throw new CandorError(error.code, `${path}: ${error.message}`, { location: path, cause: error });
      }
      throw error;
    }
  })();
  return result;
}

type TLoadedInputs = {
  job: Awaited<ReturnType<typeof loadJob>>['job'];
  resume: Awaited<ReturnType<typeof loadResume>>['resume'];
  plan: Awaited<ReturnType<typeof loadPlanFile>> | undefined;
};

/** A new session from the loaded inputs, or the stored one `--continue` names. */
async function openSession(
  options: TInterviewOptions,
  loaded: TLoadedInputs | undefined,
  store: TSessionStore,
  databaseLocation: string,
  now: () => string,
  info: (text: string) => void,
): Promise<TInterviewSession> {
  if (loaded !== undefined) {
    const { job, resume, plan } = loaded;
    if (
      plan !== undefined &&
      job.title.length > 0 &&
      plan.jobTitle.length > 0 &&
      plan.jobTitle !== job.title
    ) {
      info(`Note: the plan was made for "${plan.jobTitle}", and the job description is "${job.title}".`);
    }
    const budget = budgetFromOptions(options);
    return startInterview({
      store,
      job,
      resume,
      ...(plan === undefined ? {} : { plan }),
      ...(budget === undefined ? {} : { budget }),
      ...(options.language === undefined ? {} : { language: options.language }),
      now,
    });
  }
  const id = (options.continue as string).trim();
  try {
    return await store.get(id);
  } catch (error) {
    if (CandorError.isInstance(error) && error.code === 'not_found') {
      throw new CandorError(
        'not_found',
        `No interview session "${id}" in ${databaseLocation}. Check the id (it is printed when an interview starts), or pass --database if it is stored elsewhere.`,
        { location: id, cause: error },
      );
    }
    throw error;
  }
}

/**
 * `candor interview`: conducts an interview in the terminal (or from a pipe), saving the session
 * after every answer, then evaluates it and writes the transcript and report. Resolves to the
 * exit code: 0 when the report is written, 130 when interrupted or the input ended first (the
 * session is saved and `--continue` resumes it). Errors are thrown as CandorErrors.
 */
export async function runInterview(
  options: TInterviewOptions,
  terminal: TTerminal,
  io: TInterviewIo = { input: process.stdin, echo: process.stdout.isTTY ? process.stdout : process.stderr },
): Promise<number> {
  checkOptions(options);
  const now = io.now ?? (() => new Date().toISOString());
  const env = io.env ?? process.env;
  const isInteractive = io.isInteractive ?? terminal.isInteractive;
  const width = Math.max(40, Math.min(io.columns ?? process.stdout.columns ?? 100, 100) - 1);
  const { bold, dim } = style(isInteractive && env.NO_COLOR === undefined);
  const info = (text: string) => terminal.err(`${isInteractive ? wrapText(text, width) : text}\n`);

  // The model first: a missing API key is an error before anything is stored.
  const spec = parseModelSpec(options.model);
  const modelId = formatModelSpec(spec);
  const auditLogPath = resolve(options.auditLog);
  const model = spec.provider === 'offline' ? undefined : createLanguageModel(spec, env);
  const auditLog = createFileAuditLog(auditLogPath);
  const wording: TQuestionWording | undefined =
    model === undefined ? undefined : createModelWording({ model, modelId, auditLog });

  let loaded: TLoadedInputs | undefined;
  if (options.continue === undefined) {
    const { job } = await loadJob(options.job as string);
    const { resume } = await loadResume(options.resume as string);
    let plan = options.plan === undefined ? undefined : await loadPlanFile(options.plan);
    if (plan === undefined && model !== undefined) {
      // A new plan: the model rewords its questions, as `candor plan --model` would show them.
      const budget = budgetFromOptions(options);
      info(dim(`Wording the interview plan with ${modelId}…`));
      const worded = await wordPlanWithModel({
        plan: planInterview({
          job,
          resume,
          ...(budget === undefined ? {} : { budget }),
          ...(options.language === undefined ? {} : { language: options.language }),
        }),
        resume,
        model,
        modelId,
        auditLog,
      });
      plan = worded.plan;
      for (const note of worded.notes) info(`Note: ${note}`);
    }
    loaded = { job, resume, plan };
  }
  const database = await createDatabase(options.database === undefined ? {} : { url: options.database });
  const store = trackWrites(createKyselySessionStore({ db: database.db }));
  let session: TInterviewSession;
  try {
    session = await openSession(options, loaded, store, database.location, now, info);
  } catch (error) {
    await database.close();
    throw error;
  }

  const sessionId = session.id;
  // What the candidate reads around the questions follows the interview's language.
  const texts = candidateTexts(session.plan.language);
  const resumeCommand = [
    `candor interview --continue ${sessionId}`,
    options.database === undefined ? '' : ` --database ${shellQuote(options.database)}`,
    options.outDir === DEFAULT_OUT_DIR ? '' : ` --out-dir ${shellQuote(options.outDir)}`,
    options.model === 'offline' || options.model === env.CANDOR_MODEL
      ? ''
      : ` --model ${shellQuote(options.model)}`,
  ].join('');
  const notes: string[] = [];
  const interruption = new AbortController();
  const stop: { signal: keyof typeof SIGNAL_EXIT } = { signal: 'SIGINT' };
  let reader: TAnswerReader | undefined;

  let isWritingReport = false;
  const interrupt = (signal: keyof typeof SIGNAL_EXIT) => {
    if (interruption.signal.aborted) return;
    stop.signal = signal;
    interruption.abort();
    reader?.interrupt();
    if (isWritingReport) {
      // The evaluation cannot be cancelled; the interview itself is complete and stored.
      void store.idle().then(() => {
        if (signal !== 'SIGHUP') {
          info('\nInterrupted while writing the report. The interview is saved; write its report with:');
          terminal.err(`  ${resumeCommand}\n`);
        }
        (io.exit ?? process.exit)(SIGNAL_EXIT[signal]);
      });
    }
  };
  const signalHandlers = (Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]).map(
    (signal) => [signal, () => interrupt(signal)] as const,
  );
  const handleSignals = io.handleSignals !== false;
  if (handleSignals) {
    for (const [signal, handler] of signalHandlers) process.on(signal, handler);
  }
  const checkInterrupted = () => {
    if (interruption.signal.aborted) throw new InterviewStop('interrupted');
  };

  const readAnswer = async (): Promise<string> => {
    reader ??= createAnswerReader({
      input: io.input,
      output: io.echo,
      isInteractive,
      onInterrupt: () => interrupt('SIGINT'),
    });
    let read: TAnswerRead = await reader.read();
    for (let emptyAnswers = 0; ; ) {
      if (read.kind === 'interrupted') throw new InterviewStop('interrupted');
      if (read.kind === 'end') throw new InterviewStop('input_ended');
      if (read.text.length > MAX_ANSWER_CHARACTERS) {
        info(texts.tooLong(read.text.length, MAX_ANSWER_CHARACTERS));
      } else if (read.text.length === 0 && emptyAnswers === 0) {
        emptyAnswers++;
        info(dim(texts.noAnswerYet));
      } else {
        return read.text;
      }
      read = await reader.read();
    }
  };

  // After a timeout, or two failures in a row, the model is not asked again in this run: a
  // candidate should not wait out a failing provider at every question.
  let consecutiveFailures = 0;
  let isWordingOff = false;

  const showQuestion = async (): Promise<TAskNextQuestionResult> => {
    const activeWording = isWordingOff ? undefined : wording;
    const streaming = isInteractive && activeWording !== undefined;
    const stream = createStreamingWrapper((text) => terminal.out(text), width);
    let isWaiting = false;
    const stopWaiting = () => {
      if (!isWaiting) return;
      isWaiting = false;
      terminal.out('\r\u001b[K');
    };
    const result = await askNextQuestion({
      store,
      sessionId,
      now,
      ...(activeWording === undefined ? {} : { wording: activeWording }),
      signal: interruption.signal,
      onDecision: (decision) => {
        terminal.out('\n');
        if (decision.timeWarning !== undefined) info(bold(`${decision.timeWarning}.`));
        info(bold(formatHeader(decision.progress, session.plan.language)));
        if (streaming) {
          // Something to look at while the model words the question.
          terminal.out(dim('…'));
          isWaiting = true;
        }
      },
      ...(streaming
        ? {
            onToken: (text: string) => {
              stopWaiting();
              stream.push(text);
            },
          }
        : {}),
    });
    stopWaiting();
    if (result.kind === 'done') return result;
    if (result.isRepeat) {
      terminal.out('\n');
      info(bold(formatHeader(result.progress, session.plan.language)));
      info(dim(texts.pickingUp));
    }
    const fallback = result.wording.by === 'rules' ? result.wording.fallback : undefined;
    if (fallback !== undefined) {
      notes.push(fallback.note);
      if (stream.hasWritten) stream.retract(io.rows ?? process.stdout.rows ?? 24);
      consecutiveFailures++;
      isWordingOff = fallback.reason === 'timeout' || consecutiveFailures >= 2;
      info(
        dim(
          `(${fallback.modelId} could not word this question (${fallback.reason}); asking it as planned${isWordingOff ? ', as every question from here on' : ''}.)`,
        ),
      );
      if (isWordingOff) {
        notes.push(
          `After question ${result.turn.id}, ${fallback.modelId} was not asked to word further questions: the rules worded them.`,
        );
      }
    } else if (result.wording.by === 'model') {
      consecutiveFailures = 0;
    }
    if (streaming && stream.hasWritten && fallback === undefined) {
      stream.end();
    } else {
      terminal.out(`${isInteractive ? wrapText(result.turn.question, width) : result.turn.question}\n`);
    }
    return result;
  };

  const conduct = async (): Promise<number> => {
    const jobTitle = session.plan.jobTitle.length > 0 ? session.plan.jobTitle : 'untitled job';
    const candidate = session.resume.contact.name;
    if (session.status === 'evaluated' && session.reportPath !== null) {
      info(`Interview ${sessionId} is finished; its report is ${displayPath(session.reportPath)}.`);
      terminal.out(`Report: ${displayPath(session.reportPath)}\nSession: ${sessionId}\n`);
      return EXIT.ok;
    }
    const wasInProgress = session.state.status === 'in_progress';
    if (wasInProgress) {
      info(bold(`${texts.terminalTitle(jobTitle)}${candidate === null ? '' : ` · ${candidate}`}`));
      info(texts.sessionSaved(sessionId, options.continue !== undefined));
      terminal.err(`  ${resumeCommand}\n`);
      if (wording !== undefined) info(`Questions are worded by ${modelId} within Candor's interview plan.`);
      info(dim(isInteractive ? texts.instructionsInteractive : texts.instructionsPiped));
    }
    for (;;) {
      checkInterrupted();
      const step = await showQuestion();
      if (step.kind === 'done') break;
      const typed = await readAnswer();
      // The interview language's word for "skip" ("omitir") alone is the skip action: a skipped
      // turn with no text. Anything else is an answer, read as written.
      const reply: TCandidateReply =
        typed.trim().toLowerCase() === texts.skipWord ? { kind: 'skip' } : { kind: 'answer', text: typed };
      checkInterrupted();
      const submitted = await submitAnswer({ store, sessionId, reply, turnId: step.turn.id, now });
      if (submitted.turn.skipped === true) info(dim(texts.skipped));
      if (submitted.isComplete) break;
    }

    checkInterrupted();
    isWritingReport = true;
    if (wasInProgress) terminal.out(`\n${texts.complete}\n`);
    else info(`Interview ${sessionId} is complete; its report was not written yet.`);
    info(
      options.model === 'offline'
        ? 'Writing the report (offline rubric engine)…'
        : `Writing the report with ${modelId}…`,
    );
    try {
      const finished = await finishInterview({
        store,
        sessionId,
        model: options.model,
        outDir: options.outDir,
        format: options.format,
        notes,
        auditLogPath,
        env,
        onProgress: (message) => info(dim(message)),
      });
      terminal.out(
        [
          `Report:     ${displayPath(finished.reportPath)}`,
          `Transcript: ${displayPath(finished.files.transcript)} (and transcript.simple.json)`,
          `Session:    ${sessionId}`,
          '',
        ].join('\n'),
      );
      return EXIT.ok;
    } catch (error) {
      if (CandorError.isInstance(error)) {
        info('The interview is saved, but its report could not be written. Retry with:');
        terminal.err(`  ${resumeCommand}\n`);
        if (options.model !== 'offline')
          info('(add --model offline to write it with the offline rubric engine)');
      }
      throw error;
    }
  };

  try {
    const outcome = await conduct().catch((error: unknown) => {
      if (error instanceof InterviewStop) return error.why;
      if (interruption.signal.aborted) return 'interrupted' as const;
      throw error;
    });
    if (typeof outcome === 'number') return outcome;
    // Let a write in progress commit: what was answered is never lost.
    await store.idle();
    if (outcome === 'input_ended') {
      info(`\n${texts.inputEnded}`);
      terminal.err(`${texts.savedResume} ${resumeCommand}\n`);
      return EXIT.interrupted;
    }
    if (stop.signal !== 'SIGHUP') {
      terminal.out('\n');
      terminal.err(`${texts.savedResume} ${resumeCommand}\n`);
    }
    return SIGNAL_EXIT[stop.signal];
  } finally {
    if (handleSignals) {
      for (const [signal, handler] of signalHandlers) process.off(signal, handler);
    }
    reader?.close();
    await store.idle();
    await database.close();
  }
}
