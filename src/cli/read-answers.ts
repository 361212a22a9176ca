import { createInterface, type Interface } from 'node:readline';

/** One read: an answer (possibly empty), the end of the input, or Ctrl-C. */
export type TAnswerRead = { kind: 'answer'; text: string } | { kind: 'end' } | { kind: 'interrupted' };

export type TAnswerReaderOptions = {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Where a terminal's prompt and echo go. */
  output: NodeJS.WritableStream;
  /**
   * Interactive: an empty line straight away is an empty answer (the shell asks again politely),
   * and the prompt is shown. Piped: blank lines only separate answers, one answer per paragraph.
   * Default: whether the input is a terminal.
   */
  isInteractive?: boolean;
  /** Shown before the first line of an answer (interactive only). Default "> ". */
  prompt?: string;
  /** Shown before each further line of the same answer. Default "  ". */
  continuationPrompt?: string;
  /** Called when Ctrl-C is pressed while the terminal is being read (readline catches it there). */
  onInterrupt?: () => void;
};

export type TAnswerReader = {
  /** The next answer: lines up to a blank line, Ctrl-D or the end of the input, trimmed. */
  read(): Promise<TAnswerRead>;
  /** Ends a read in progress with `interrupted` (the shell caught a signal). */
  interrupt(): void;
  /** Stops reading; the input is released so the process can exit. */
  close(): void;
};

const isBlank = (line: string) => line.trim().length === 0;

/** Lines arriving this soon after a blank line were pasted, not typed. */
const PASTE_WINDOW_MS = 30;

const hasInputEnded = (input: NodeJS.ReadableStream) =>
  (input as { readableEnded?: boolean; destroyed?: boolean }).readableEnded === true ||
  (input as { destroyed?: boolean }).destroyed === true;

/**
 * Reads answers from a terminal or a pipe.
 *
 * Terminal: multi-line answers; a blank line, or Ctrl-D on an empty line, sends the answer. Each
 * answer gets its own readline interface, so Ctrl-D ends one answer without ending the input.
 * Pipe (or any other stream): one answer per paragraph, paragraphs separated by blank lines; the
 * end of the input ends the last paragraph, and then every read returns `end`.
 */
export function createAnswerReader(options: TAnswerReaderOptions): TAnswerReader {
  const isTerminal = options.input.isTTY === true;
  const isInteractive = options.isInteractive ?? isTerminal;
  const prompt = options.prompt ?? '> ';
  const continuationPrompt = options.continuationPrompt ?? '  ';
  return isTerminal
    ? createTerminalReader(options, prompt, continuationPrompt)
    : createStreamReader(options, isInteractive, prompt, continuationPrompt);
}

function createTerminalReader(
  options: TAnswerReaderOptions,
  prompt: string,
  continuationPrompt: string,
): TAnswerReader {
  let finishRead: ((result: TAnswerRead) => void) | undefined;
  let current: Interface | undefined;
  let isClosed = false;

  return {
    read() {
      if (isClosed || hasInputEnded(options.input)) return Promise.resolve({ kind: 'end' });
      return new Promise<TAnswerRead>((resolve) => {
        const lines: string[] = [];
        const readline = createInterface({
          input: options.input,
          output: options.output,
          terminal: true,
          historySize: 0,
        });
        current = readline;
        let isDone = false;
        let pendingSend: NodeJS.Timeout | undefined;
        const finish = (result: TAnswerRead) => {
          if (isDone) return;
          isDone = true;
          clearTimeout(pendingSend);
          finishRead = undefined;
          current = undefined;
          readline.close();
          resolve(result);
        };
        finishRead = finish;
        // A blank line sends the answer, unless more lines follow at once: that is a pasted
        // answer with paragraphs, which nobody can type within PASTE_WINDOW_MS.
        readline.on('line', (line) => {
          if (pendingSend !== undefined) {
            clearTimeout(pendingSend);
            pendingSend = undefined;
            if (lines.length > 0) lines.push('');
          }
          if (isBlank(line)) {
            pendingSend = setTimeout(
              () => finish({ kind: 'answer', text: lines.join('\n').trim() }),
              PASTE_WINDOW_MS,
            );
            return;
          }
          lines.push(line);
          readline.setPrompt(continuationPrompt);
          readline.prompt();
        });
        readline.on('SIGINT', () => {
          options.output.write('\n');
          finish({ kind: 'interrupted' });
          options.onInterrupt?.();
        });
        // Ctrl-D on an empty line closes the interface: it sends what was typed so far. The
        // terminal going away (a closed window) ends the input instead.
        readline.on('close', () => {
          if (isDone) return;
          if (hasInputEnded(options.input)) {
            finish({ kind: 'end' });
            return;
          }
          options.output.write('\n');
          finish({ kind: 'answer', text: lines.join('\n').trim() });
        });
        // A terminal that is gone cannot leave raw mode (EIO): that is the end of the input.
        readline.on('error', () => finish({ kind: 'end' }));
        readline.setPrompt(prompt);
        readline.prompt();
      });
    },
    interrupt() {
      finishRead?.({ kind: 'interrupted' });
    },
    close() {
      isClosed = true;
      finishRead?.({ kind: 'end' });
      current?.close();
      options.input.pause();
    },
  };
}

function createStreamReader(
  options: TAnswerReaderOptions,
  isInteractive: boolean,
  prompt: string,
  continuationPrompt: string,
): TAnswerReader {
  const lines: string[] = [];
  let hasEnded = false;
  let isClosed = false;
  let wake: (() => void) | undefined;
  let settleRead: ((result: TAnswerRead) => void) | undefined;

  const readline = createInterface({
    input: options.input,
    terminal: false,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  readline.on('line', (line) => {
    lines.push(line);
    wake?.();
  });
  readline.on('close', () => {
    hasEnded = true;
    wake?.();
  });

  /** An answer from the buffered lines, or undefined when more input is needed. */
  function takeAnswer(isFirstLineShown: { value: boolean }): TAnswerRead | undefined {
    if (!isInteractive) {
      while (lines.length > 0 && isBlank(lines[0] as string)) lines.shift();
    } else if (lines.length > 0 && isBlank(lines[0] as string)) {
      lines.shift();
      return { kind: 'answer', text: '' };
    }
    const end = lines.findIndex(isBlank);
    if (end >= 0) {
      const answer = lines.splice(0, end + 1).slice(0, end);
      return { kind: 'answer', text: answer.join('\n').trim() };
    }
    if (hasEnded) {
      if (lines.length === 0) return { kind: 'end' };
      return { kind: 'answer', text: lines.splice(0).join('\n').trim() };
    }
    if (isInteractive && lines.length > 0 && !isFirstLineShown.value) {
      isFirstLineShown.value = true;
      options.output.write(continuationPrompt);
    }
    return undefined;
  }

  return {
    read() {
      if (isClosed) return Promise.resolve({ kind: 'end' });
      if (isInteractive) options.output.write(prompt);
      const shown = { value: false };
      return new Promise<TAnswerRead>((resolve) => {
        const settle = (result: TAnswerRead) => {
          wake = undefined;
          settleRead = undefined;
          resolve(result);
        };
        settleRead = settle;
        const attempt = () => {
          const result = takeAnswer(shown);
          if (result !== undefined) settle(result);
        };
        wake = attempt;
        attempt();
      });
    },
    interrupt() {
      settleRead?.({ kind: 'interrupted' });
    },
    close() {
      isClosed = true;
      settleRead?.({ kind: 'end' });
      readline.close();
      options.input.pause();
    },
  };
}
