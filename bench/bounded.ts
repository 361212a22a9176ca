/**
 * Bounded work (`npm run bench`, section 4): planning time against the number of requirements up
 * to the limit, and PDF reading against poppler's `pdftotext` on a one-page resume, with peak
 * memory. Ratios, measured in the same run, so they hold on a loaded machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCpuWork } from '../src/app/work/create-cpu-work.js';
import { parseJobText } from '../src/core/ingest/parse-job.js';
import { parseResumeText } from '../src/core/ingest/parse-resume.js';
import { LIMITS } from '../src/core/limits/limits.js';
import { planInterview } from '../src/core/plan/plan-interview.js';
import { longJobText } from '../test/support/long-job-text.js';
import { measure, type TMeasurement } from './measure.js';

const examples = new URL('../examples/', import.meta.url);

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Peak resident memory (MB) of a command, through GNU time when it is installed. */
function peakMemoryMb(command: string, args: string[]): number | undefined {
  if (!existsSync('/usr/bin/time')) return undefined;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8' });
  const kilobytes = Number(result.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
}

export async function benchBounded(report: (measurement: TMeasurement) => void): Promise<void> {
  // Planning: 50, 100, 300 requirements and the limit.
  const resume = parseResumeText(readFileSync(new URL('resume.md', examples), 'utf8'));
  const curve: Array<{ count: number; medianMs: number }> = [];
  for (const count of [50, 100, 300, LIMITS.maxRequirements]) {
    const job = parseJobText(longJobText(count));
    const measurement = await measure(
      `plan: ${count} requirements${count === LIMITS.maxRequirements ? ' (the limit)' : ''}`,
      count >= 300 ? 10 : 30,
      () => planInterview({ job, resume }),
    );
    report(measurement);
    curve.push({ count, medianMs: measurement.medianMs });
  }
  const first = curve[0];
  const last = curve.at(-1);
  if (first !== undefined && last !== undefined) {
    const growth = last.count / first.count;
    console.log(
      `plan: ${growth}× the requirements take ${(last.medianMs / first.medianMs).toFixed(1)}× the time (linear ${growth}×, quadratic ${growth ** 2}×); the 300-requirement job took ${curve[2]?.medianMs.toFixed(0)} ms (goal < 1000 ms)`,
    );
  }

  // PDF reading: one-page resume, in the worker pool as `candor serve` reads it, against pdftotext.
  const pdf = fileURLToPath(new URL('resume.pdf', examples));
  const pdfBytes = readFileSync(pdf);
  const work = createCpuWork({ threads: 1 });
  try {
    const ours = await measure('one-page PDF resume: read in the worker pool (serve)', 30, () =>
      work.readResume('bench', { bytes: pdfBytes, fileName: 'resume.pdf' }),
    );
    report(ours);
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../test/support/read-document-peak-rss.ts', import.meta.url)),
        pdf,
      ],
      { encoding: 'utf8' },
    );
    const oursPeak = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}').peakRssMb as
      | number
      | undefined;
    if (!hasCommand('pdftotext')) {
      console.log(
        'one-page PDF resume: pdftotext not installed (apt-get install poppler-utils); the ratio to it is skipped',
      );
    } else {
      const poppler = await measure('one-page PDF resume: pdftotext (poppler), one process each', 30, () =>
        spawnSync('pdftotext', [pdf, '-']),
      );
      report(poppler);
      const popplerPeak = peakMemoryMb('pdftotext', [pdf, '-']);
      console.log(
        `one-page PDF resume: Candor's reader takes ${(ours.medianMs / poppler.medianMs).toFixed(2)}× pdftotext's time (goal ≤ 5×); peak memory of a one-shot read ${oursPeak?.toFixed(0) ?? '?'} MB (Node and tsx included) vs pdftotext ${popplerPeak?.toFixed(0) ?? '?'} MB`,
      );
    }
  } finally {
    await work.close();
  }
}
