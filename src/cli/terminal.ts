/** Where the CLI writes: stdout for results, stderr for progress and errors. Tests pass their own. */
export type TTerminal = {
  out(text: string): void;
  err(text: string): void;
  /** Progress lines (suppressed by --quiet). */
  progress(text: string): void;
  isInteractive: boolean;
};

export function createTerminal(): TTerminal {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    progress: (text) => process.stderr.write(`${text}\n`),
    isInteractive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  };
}
