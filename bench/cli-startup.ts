/**
 * How long `candor` takes from the shell, as a multiple of `node -e 0` (Node's own start) measured
 * in the same run: each command is spawned in turn, many times, and the medians compared. Runs
 * the built CLI (bin/candor.js → dist/), as a user does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUNS = 15;

export type TCliStartup = { name: string; medianMs: number; ratio: number };

const COMMANDS: { name: string; args: string[] }[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'candor --help', args: ['bin/candor.js', '--help'] },
  {
    name: 'candor evaluate (Markdown, offline)',
    args: [
      'bin/candor.js',
      'evaluate',
      '--job',
      'examples/job.md',
      '--resume',
      'examples/resume.md',
      '--transcript',
      'examples/transcript.json',
      '--quiet',
    ],
  },
];

function once(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

/** Undefined when the CLI is not built (`npm run build`). */
export function benchCliStartup(): TCliStartup[] | undefined {
  if (!existsSync(`${ROOT}dist/cli/main.js`)) return undefined;
  const times = COMMANDS.map(() => [] as number[]);
  for (const command of COMMANDS) once(command.args);
  for (let run = 0; run < RUNS; run++) {
    COMMANDS.forEach((command, index) => {
      times[index]?.push(once(command.args));
    });
  }
  const medians = times.map((list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0);
  const reference = medians[0] ?? 1;
  return COMMANDS.map((command, index) => ({
    name: command.name,
    medianMs: medians[index] ?? 0,
    ratio: (medians[index] ?? 0) / reference,
  }));
}
